import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { SectionCard } from '../section-card';
import { ReportQueryState, type ReportsQuery } from './report-query-state';
import { latestPerDomain, spamAssassinView } from '../../../lib/results/report-views';

/** The SpamAssassin score against the usual 5.0 threshold, and which rules cost the points. */
export function SpamAssassinPanel({ query }: { query: ReportsQuery }) {
  return (
    <SectionCard
      id="spam-assassin"
      title="SpamAssassin"
      description="Scores of 5.0 or more are treated as spam by default. Rules that add the most points first."
    >
      <ReportQueryState query={query}>
        {(reports) => (
          <Stack gap="lg">
            {latestPerDomain(reports).map((report) => {
              const view = spamAssassinView(report);
              return (
                <Stack key={report.domain} gap="xs">
                  <Group gap="xs">
                    <Title order={4} size="h5">
                      {report.domain}
                    </Title>
                    <Badge
                      variant="dot"
                      color={view.overThreshold ? 'red' : view.score >= 3 ? 'orange' : 'teal'}
                      tt="none"
                    >
                      Score {view.score.toFixed(1)} / {view.threshold.toFixed(1)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {view.overThreshold
                        ? 'Over the threshold: likely filtered as spam'
                        : 'Under the threshold'}
                    </Text>
                  </Group>
                  <Table fz="sm" aria-label={`SpamAssassin rules for ${report.domain}`}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" ta="right" w={72}>
                          Points
                        </Table.Th>
                        <Table.Th scope="col">Rule</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {view.rules.map((rule) => (
                        <Table.Tr key={rule.name}>
                          <Table.Td
                            ta="right"
                            fw={rule.points >= 1 ? 700 : undefined}
                            style={{ verticalAlign: 'top' }}
                          >
                            {rule.points.toFixed(1)}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                              {rule.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {rule.description}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Stack>
              );
            })}
          </Stack>
        )}
      </ReportQueryState>
    </SectionCard>
  );
}
