import { List, Stack, Text, Title } from '@mantine/core';
import type { Comparison, GroupRow } from '../../../core/rules/compare';
import { shareOf } from '../../../core/rules/window-summary';
import { formatPercent } from '../../lib/format';
import { CompareSection } from './compare-section';
import { PlacementRows } from './compare-placement';

function OnlyOn({ side, rows }: { side: 'A' | 'B'; rows: GroupRow[] }) {
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Only on side {side}
      </Title>
      <List size="sm" spacing={2}>
        {rows.map((row) => {
          const share = side === 'A' ? row.a : row.b;
          return (
            <List.Item key={row.key} style={{ overflowWrap: 'anywhere' }}>
              {row.label}:{' '}
              {share ? `${formatPercent(shareOf(share, 'inbox'))} inbox of ${share.received} received` : ''}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

export function CompareSenders({ senders }: { senders: Comparison['senders'] }) {
  return (
    <CompareSection
      title="Senders"
      hint="Each sending mailbox that sent on both sides, then those that sent on one side only."
    >
      {senders.both.length > 0 ? (
        <PlacementRows title="On both sides" rows={senders.both} firstColumn="Sender" />
      ) : (
        <Text size="sm">No sender sent on both sides.</Text>
      )}
      <OnlyOn side="A" rows={senders.onlyA} />
      <OnlyOn side="B" rows={senders.onlyB} />
    </CompareSection>
  );
}
