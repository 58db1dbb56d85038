import { pointsDelta } from '../../../../core/rules/compare';
import { formatPercent } from '../../../lib/format';

/**
 * How a change from A to B reads (docs/product.md, glossary: more inbox or less spam is
 * "better", the arrow gives the direction), so neither colour nor arrow alone carries it.
 */
export interface DeltaWords {
  /** "60% → 75%", or one figure when a side has none. */
  values: string;
  /** "+15.0 pts", "no change", or what is missing. */
  change: string;
  arrow: '▲' | '▼' | '';
  verdict: 'better' | 'worse' | null;
}

export function deltaWords(
  a: number | null | undefined,
  b: number | null | undefined,
  higherIsBetter: boolean | null,
  format: (n: number | null | undefined) => string = (n) => formatPercent(n, 0),
  unit = ' pts',
): DeltaWords {
  const values = `${format(a)} → ${format(b)}`;
  const delta = pointsDelta(a, b);
  if (delta === null) {
    const missing =
      (a === null || a === undefined) && (b === null || b === undefined)
        ? 'no figures'
        : a === null || a === undefined
          ? 'only in B'
          : 'only in A';
    return { values, change: missing, arrow: '', verdict: null };
  }
  if (delta === 0) return { values, change: 'no change', arrow: '', verdict: null };
  return {
    values,
    change: `${delta > 0 ? '+' : '\u2212'}${Math.abs(delta).toFixed(1)}${unit}`,
    arrow: delta > 0 ? '▲' : '▼',
    verdict: higherIsBetter === null ? null : delta > 0 === higherIsBetter ? 'better' : 'worse',
  };
}

/** "▲ +15.0 pts, better" for screen readers and print; the arrow is decoration on screen. */
export const changeSentence = (words: DeltaWords) =>
  `${words.change}${words.verdict ? ` (${words.verdict})` : ''}`;
