/** A placement share now against before, in words: shared by the result page and the tests list. */

/** "+4.2 pts" / "−3.0 pts" / "no change"; null when either side is missing. */
export function describeChange(
  now: number | null | undefined,
  before: number | null | undefined,
): string | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const delta = Math.round((now - before) * 10) / 10;
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '\u2212'}${Math.abs(delta).toFixed(1)} pts`;
}

/**
 * Up or down, and whether that is good: more inbox is better, more spam is worse. The arrow
 * follows the number (▲ up, ▼ down); the colour and the word follow the meaning (green
 * "better", red "worse"), so neither colour nor arrow alone carries it (WCAG 1.4.1).
 */
export function changeTone(
  now: number | null | undefined,
  before: number | null | undefined,
  higherIsBetter: boolean,
): { arrow: '▲' | '▼' | ''; verdict: 'better' | 'worse' | null } {
  if (now === null || now === undefined || before === null || before === undefined)
    return { arrow: '', verdict: null };
  const delta = Math.round((now - before) * 10) / 10;
  if (delta === 0) return { arrow: '', verdict: null };
  return { arrow: delta > 0 ? '▲' : '▼', verdict: delta > 0 === higherIsBetter ? 'better' : 'worse' };
}
