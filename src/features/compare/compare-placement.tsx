import { Stack, Table, Text, Title } from '@mantine/core';
import type { GroupRow } from '../../../core/rules/compare';
import { shareOf } from '../../../core/rules/window-summary';
import { formatCount } from '../../lib/format';
import { DeltaCell } from '../placement-test-ui/comparison/delta-cell';
import { WideTable } from './wide-table';

const received = (row: GroupRow) => `${formatCount(row.a?.received)} / ${formatCount(row.b?.received)}`;

/** Inbox, category tab and spam shares of received, A → B, one row per group. */
export function PlacementRows({
  title,
  rows,
  firstColumn,
}: {
  title: string;
  rows: GroupRow[];
  firstColumn: string;
}) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing received on either side.
        </Text>
      ) : (
        <WideTable label={title} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{firstColumn}</Table.Th>
              <Table.Th ta="right">Inbox, A → B</Table.Th>
              <Table.Th ta="right">Category tab</Table.Th>
              <Table.Th ta="right">Spam</Table.Th>
              <Table.Th ta="right">Received, A / B</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {row.label}
                </Table.Th>
                <DeltaCell
                  a={row.a && shareOf(row.a, 'inbox')}
                  b={row.b && shareOf(row.b, 'inbox')}
                  higherIsBetter
                />
                <DeltaCell
                  a={row.a && shareOf(row.a, 'category')}
                  b={row.b && shareOf(row.b, 'category')}
                  higherIsBetter={null}
                />
                <DeltaCell
                  a={row.a && shareOf(row.a, 'spam')}
                  b={row.b && shareOf(row.b, 'spam')}
                  higherIsBetter={false}
                />
                <Table.Td ta="right">{received(row)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
      )}
    </Stack>
  );
}
