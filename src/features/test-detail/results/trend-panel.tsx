import { Button, Collapse, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import type { DateStats } from '../../../api/analytics/schemas';
import { formatCount, formatPercent } from '../../../lib/format';
import { TrendLineChart } from '../charts/lazy-charts';
import { ScrollRegion } from '../scroll-region';
import { SectionCard } from '../section-card';
import { percentOf } from './placement-breakdown';
import { formatRunDate, shortRunDate } from './results-window';

/** Placement per run over time (stats-by-date), as a chart and, on demand, the numbers. */
export function TrendPanel({ days }: { days: DateStats[] }) {
  const [showNumbers, { toggle }] = useDisclosure(false);
  const tableId = useId();
  const runs = [...days]
    .filter((d) => d.sent_count > 0)
    .sort((a, b) => a.timestamp_created_date.localeCompare(b.timestamp_created_date));
  const points = runs.map((d) => ({
    date: shortRunDate(d.timestamp_created_date),
    Inbox: percentOf(d.inbox_count, d.received_count),
    'Category tab': percentOf(d.category_count, d.received_count),
    Spam: percentOf(d.spam_count, d.received_count),
  }));
  return (
    <SectionCard title="Trend over runs" description="Share of the received emails per run.">
      {runs.length < 2 ? (
        <Text size="sm">The trend appears after the second run.</Text>
      ) : (
        <Stack gap="xs">
          <TrendLineChart data={points} />
          <Button
            variant="default"
            size="compact-sm"
            w="fit-content"
            onClick={toggle}
            aria-expanded={showNumbers}
            aria-controls={tableId}
          >
            {showNumbers ? 'Hide' : 'Show'} the numbers
          </Button>
          <Collapse expanded={showNumbers} id={tableId}>
            <ScrollRegion label="Trend table" minWidth={560}>
              <Table fz="sm" striped aria-label="Placement per run">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Run</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Sent
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Received
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Inbox
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Category tab
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Spam
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {runs.map((d, i) => (
                    <Table.Tr key={d.timestamp_created_date}>
                      <Table.Th scope="row" fw={500}>
                        {formatRunDate(d.timestamp_created_date)}
                      </Table.Th>
                      <Table.Td ta="right">{formatCount(d.sent_count)}</Table.Td>
                      <Table.Td ta="right">{formatCount(d.received_count)}</Table.Td>
                      <Table.Td ta="right">{formatPercent(points[i]?.Inbox)}</Table.Td>
                      <Table.Td ta="right">{formatPercent(points[i]?.['Category tab'])}</Table.Td>
                      <Table.Td ta="right">{formatPercent(points[i]?.Spam)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </Collapse>
        </Stack>
      )}
    </SectionCard>
  );
}
