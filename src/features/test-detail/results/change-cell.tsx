import { Table, Text } from '@mantine/core';
import { formatPercent } from '../../../lib/format';

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

const TONE_COLOR = {
  // Teal 9 (5.0:1) and red 9 (5.4:1) on white, teal 4 / red 4 on dark: AA for small text in both
  // schemes (green 9 is only 4.3:1 on white).
  better: 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))',
  worse: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))',
} as const;

export function Change({
  now,
  before,
  higherIsBetter,
}: {
  now: number | null | undefined;
  before: number | null | undefined;
  higherIsBetter: boolean;
}) {
  const change = describeChange(now, before);
  const { arrow, verdict } = changeTone(now, before, higherIsBetter);
  return (
    <Table.Td ta="right">
      {formatPercent(now, 1)}
      <Text size="xs" c={verdict ? TONE_COLOR[verdict] : 'dimmed'} fw={verdict ? 600 : undefined}>
        {arrow && <span aria-hidden>{arrow} </span>}
        {change
          ? `${change}${verdict ? ` (${verdict})` : ''}, was ${formatPercent(before, 1)}`
          : 'no earlier figure'}
      </Text>
    </Table.Td>
  );
}
