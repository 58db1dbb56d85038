import { Skeleton, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { SenderDetail } from '../../../core/contract/sender-results';
import { providerLabel } from './result-rows';
import { LandedCell } from './results-columns';

/** The chart (@mantine/charts + recharts) loads in its own chunk, after the page's figures. */
const LazyPercentLineChart = lazy(async () => ({ default: (await import('../../components/percent-line-chart')).PercentLineChart }));
const COLORS = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6', 'lime.7', 'indigo.6'];

const landedShare = (p: { received: number; inbox: number; category: number }) => (100 * (p.inbox + p.category)) / p.received;

/**
 * Landed share per seed provider per day: a line per provider over time (when a problem
 * started, and where), and the same numbers in a table, newest first. The drawing is hidden
 * from screen readers; the table says it all.
 */
export function SenderSeries({ series }: { series: SenderDetail['series'] }) {
  const providers = [...new Set(series.flatMap((d) => d.byProvider.map((p) => p.esp)))].sort((a, b) => a - b);
  const points = series.map((day) => ({
    date: day.date,
    ...Object.fromEntries(
      providers.map((esp) => {
        const p = day.byProvider.find((x) => x.esp === esp);
        return [providerLabel(esp), p?.received ? landedShare(p) : null];
      }),
    ),
  }));
  return (
    <section aria-labelledby="sender-series">
      <Title order={3} size="h4" id="sender-series" mb="xs">
        Placement per provider over time
      </Title>
      {series.length > 1 && (
        <div aria-hidden>
          <Suspense fallback={<Skeleton h={240} />}>
            <LazyPercentLineChart h={240} data={points} dataKey="date" series={providers.map((esp, i) => ({ name: providerLabel(esp), color: COLORS[i % COLORS.length] ?? 'blue.6' }))} />
          </Suspense>
        </div>
      )}
      <Table.ScrollContainer minWidth={480}>
        <Table fz="sm" striped aria-labelledby="sender-series">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Day</Table.Th>
              {providers.map((esp) => (
                <Table.Th key={esp} scope="col">
                  {providerLabel(esp)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...series].reverse().map((day) => (
              <Table.Tr key={day.date}>
                <Table.Th scope="row" fw={400}>
                  {day.date}
                </Table.Th>
                {providers.map((esp) => {
                  const p = day.byProvider.find((x) => x.esp === esp);
                  return (
                    <Table.Td key={esp}>
                      {p && p.received ? (
                        <>
                          <LandedCell value={landedShare(p)} />{' '}
                          <Text span size="xs" c="dimmed">
                            of {p.received}
                          </Text>
                        </>
                      ) : (
                        <Text span size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
