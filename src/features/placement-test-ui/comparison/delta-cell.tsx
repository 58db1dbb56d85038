import { Table, Text } from '@mantine/core';
import { deltaWords } from './delta-words';

// Teal 9 / red 9 on white and teal 4 / red 4 on dark reach AA for small text in both schemes.
const TONE = {
  better: 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))',
  worse: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))',
} as const;

/** A table cell: "60% → 75%" over a coloured, worded change ("▲ +15.0 pts (better)"). */
export function DeltaCell({
  a,
  b,
  higherIsBetter,
  format,
  unit,
}: {
  a: number | null | undefined;
  b: number | null | undefined;
  higherIsBetter: boolean | null;
  format?: (n: number | null | undefined) => string;
  unit?: string;
}) {
  const words = deltaWords(a, b, higherIsBetter, format, unit);
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {words.values}
      <Text size="xs" c={words.verdict ? TONE[words.verdict] : 'dimmed'} fw={words.verdict ? 600 : undefined}>
        {words.arrow && <span aria-hidden>{words.arrow} </span>}
        {words.change}
        {words.verdict && ` (${words.verdict})`}
      </Text>
    </Table.Td>
  );
}
