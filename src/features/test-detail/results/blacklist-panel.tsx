import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { SectionCard } from '../section-card';
import { ReportQueryState, type ReportsQuery } from './report-query-state';
import { blacklistView, latestPerDomain, type BlacklistView } from '../../../lib/results/report-views';

/** Blacklist checks of each sending domain and its IP, listings first, shared IPs explained. */
export function BlacklistPanel({ query }: { query: ReportsQuery }) {
  return (
    <SectionCard id="blacklists" title="Blacklists" description="The newest check of each sending domain and its sending IP.">
      <ReportQueryState query={query}>
        {(reports) => (
          <Stack gap="lg">
            {latestPerDomain(reports).map((report) => (
              <DomainBlacklists key={report.domain} view={blacklistView(report)} />
            ))}
          </Stack>
        )}
      </ReportQueryState>
    </SectionCard>
  );
}

function DomainBlacklists({ view }: { view: BlacklistView }) {
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
          {view.domain}
        </Title>
        <Text size="sm" c="dimmed">
          IP {view.ip}
          {view.sharedProvider ? ` (shared ${view.sharedProvider})` : ''}
        </Text>
        <Badge
          variant="dot"
          color={view.listed === 0 ? 'teal' : view.onlySharedIpListings ? 'gray' : 'red'}
          tt="none"
        >
          {view.listed === 0 ? 'Not listed' : `Listed on ${view.listed}`}
        </Badge>
      </Group>
      {view.sharedProvider && view.listings.some((l) => l.listed && l.target === 'ip') && (
        <Alert variant="light" color="gray" p="xs">
          <Text size="sm">
            {view.ip} is a shared {view.sharedProvider} sending IP, used by many senders. Listings of it on
            minor lists are common and usually not actionable: you cannot delist it, and major providers do
            not rely on those lists.
          </Text>
        </Alert>
      )}
      <Table fz="sm" aria-label={`Blacklist checks for ${view.domain}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">List</Table.Th>
            <Table.Th scope="col">Checks</Table.Th>
            <Table.Th scope="col">Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.listings.map((l) => (
            <Table.Tr key={`${l.target}|${l.blacklist}`}>
              <Table.Td>{l.blacklist}</Table.Td>
              <Table.Td>{l.target === 'domain' ? 'Domain' : 'IP'}</Table.Td>
              <Table.Td fw={l.listed ? 700 : undefined}>{l.listed ? 'Listed' : 'Clear'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
