import { Alert, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AnalyticsRecord } from '../../../api/analytics/schemas';
import { formatCount, formatPercent } from '../../../lib/format';
import { PlacementChart } from '../charts/lazy-charts';
import { ScrollRegion } from '../scroll-region';
import { SectionCard } from '../section-card';
import { DIMENSION_LABELS, groupPlacement, type Dimension } from './placement-breakdown';
import { MAX_RECORD_PAGES } from './use-window-results';

/** Where the emails landed per recipient provider, region or inbox type: chart and table. */
export function PlacementPanel({ records, truncated }: { records: AnalyticsRecord[]; truncated: boolean }) {
  const [dimension, setDimension] = useState<Dimension>('provider');
  const groups = groupPlacement(records, dimension);
  const chartData = groups
    .filter((g) => g.received > 0)
    .map((g) => ({
      label: g.label,
      Inbox: g.inboxPercent ?? 0,
      'Category tab': g.categoryPercent ?? 0,
      Spam: g.spamPercent ?? 0,
    }));
  return (
    <SectionCard
      title="Placement by recipient"
      description="Share of the received emails per seed inbox group, worst first."
      actions={
        <SegmentedControl
          aria-label="Group by"
          size="xs"
          value={dimension}
          onChange={(value) => setDimension(value as Dimension)}
          data={(Object.keys(DIMENSION_LABELS) as Dimension[]).map((value) => ({
            value,
            label: DIMENSION_LABELS[value],
          }))}
        />
      }
    >
      {truncated && (
        <Alert color="yellow" variant="light">
          Computed from the newest {formatCount(MAX_RECORD_PAGES * 100)} records; pick a single run for exact
          figures.
        </Alert>
      )}
      {chartData.length > 0 ? (
        <PlacementChart data={chartData} />
      ) : (
        <Text size="sm">No emails received yet.</Text>
      )}
      <ScrollRegion label="Placement table" minWidth={560}>
        <Table striped fz="sm" aria-label={`Placement by ${DIMENSION_LABELS[dimension].toLowerCase()}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{DIMENSION_LABELS[dimension]}</Table.Th>
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
            {groups.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Th scope="row" fw={500}>
                  {g.label}
                </Table.Th>
                <Table.Td ta="right">{formatCount(g.sent)}</Table.Td>
                <Table.Td ta="right">{formatCount(g.received)}</Table.Td>
                <Table.Td ta="right">
                  {formatPercent(g.inboxPercent)} ({formatCount(g.inbox)})
                </Table.Td>
                <Table.Td ta="right">
                  {formatPercent(g.categoryPercent)} ({formatCount(g.category)})
                </Table.Td>
                <Table.Td ta="right">
                  {formatPercent(g.spamPercent)} ({formatCount(g.spam)})
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </SectionCard>
  );
}
