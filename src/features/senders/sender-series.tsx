import { Table, Text, Title } from '@mantine/core';
import type { SenderDetail } from '../../../core/contract/sender-results';
import { providerLabel } from './result-rows';
import { LandedCell } from './results-columns';

/** Landed share per seed provider per day, newest first: when a problem started, and where. */
export function SenderSeries({ series }: { series: SenderDetail['series'] }) {
  const providers = [...new Set(series.flatMap((d) => d.byProvider.map((p) => p.esp)))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="sender-series">
      <Title order={3} size="h4" id="sender-series" mb="xs">
        Placement per provider over time
      </Title>
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
                          <LandedCell value={(100 * (p.inbox + p.category)) / p.received} />{' '}
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
