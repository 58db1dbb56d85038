import { Button, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import type { DateStats } from '../../../../core/contract/analytics';
import { TrendLineChart } from '../charts/lazy-charts';
import { SectionCard } from '../section-card';
import { percentOf } from './placement-breakdown';
import { PlacementTable } from './placement-table';
import { formatRunDate, shortRunDate } from '../../../../core/rules/run-date';

/**
 * Placement per run over time (stats-by-date), as a chart and, on demand, the numbers; a line
 * marks each run where an automation rule fired (listed in Automation activity).
 */
export function TrendPanel({ days, markers = [] }: { days: DateStats[]; markers?: { date: string; label: string }[] }) {
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
  const runDays = new Set(runs.map((d) => d.timestamp_created_date));
  const byDay = new Map<string, string[]>();
  for (const m of markers.filter((m) => runDays.has(m.date))) byDay.set(m.date, [...(byDay.get(m.date) ?? []), m.label]);
  const markersOnChart = [...byDay].map(([date, labels]) => ({ x: shortRunDate(date), label: [...new Set(labels)].join(', ') }));
  return (
    <SectionCard title="Trend over runs" description="Share of the received emails per run.">
      {runs.length < 2 ? (
        <Text size="sm">The trend appears after the second run.</Text>
      ) : (
        <Stack gap="xs">
          <TrendLineChart data={points} markers={markersOnChart} />
          {markersOnChart.length > 0 && (
            <Text size="xs" c="dimmed">
              Orange lines mark runs where an automation rule fired (see Automation activity).
            </Text>
          )}
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
            <PlacementTable
              label="Placement per run"
              groupHeader="Run"
              rows={runs.map((d) => ({
                key: d.timestamp_created_date,
                label: formatRunDate(d.timestamp_created_date),
                sent: d.sent_count,
                received: d.received_count,
                inbox: d.inbox_count,
                category: d.category_count,
                spam: d.spam_count,
              }))}
            />
          </Collapse>
        </Stack>
      )}
    </SectionCard>
  );
}
