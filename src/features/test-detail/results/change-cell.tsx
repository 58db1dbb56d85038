import { Table, Text } from '@mantine/core';
import { changeTone, describeChange } from '../../../../core/rules/placement-change';
import { formatPercent } from '../../../lib/format';
import { TONE_COLOR } from '../../placement-test-ui/change-tone';

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
