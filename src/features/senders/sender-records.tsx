import { Group, NativeSelect, Table, Text, Title } from '@mantine/core';
import { PLACEMENT_LABELS, PLACEMENTS } from '../../../core/rules/placement';
import type { SenderDetail } from '../../../core/contract/sender-results';
import { useSearchParams } from '../../components/use-search-params';
import { formatDateTime } from '../../lib/format';
import { providerLabel } from './result-rows';

const verdict = (v: boolean | null) => (v === null ? '—' : v ? 'Pass' : 'Fail');

/**
 * Its records across tests, newest first, filtered by test, provider and placement. The filters
 * live in the URL (`rtest`, `resp`, `rplace`) beside the window, so a link shows the same rows.
 */
export function SenderRecords({ records }: { records: SenderDetail['records'] }) {
  const [params, setParams] = useSearchParams();
  const test = params.get('rtest') ?? '';
  const esp = params.get('resp') ?? '';
  const place = params.get('rplace') ?? '';
  const set = (key: string, value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const tests = [...new Map(records.map((r) => [r.testId, r.testName])).entries()];
  const providers = [...new Set(records.map((r) => r.recipientEsp).filter((e): e is number => e !== null))].sort((a, b) => a - b);
  const shown = records.filter(
    (r) => (!test || r.testId === test) && (!esp || String(r.recipientEsp) === esp) && (!place || (place === 'waiting' ? r.placement === null : r.placement === place)),
  );
  return (
    <section aria-labelledby="sender-records">
      <Title order={3} size="h4" id="sender-records" mb="xs">
        Its records across tests
      </Title>
      <Group gap="sm" mb="sm" align="flex-end">
        <NativeSelect label="Test" data={[{ value: '', label: 'All tests' }, ...tests.map(([id, name]) => ({ value: id, label: name }))]} value={test} onChange={(e) => set('rtest', e.currentTarget.value)} />
        <NativeSelect label="Seed provider" data={[{ value: '', label: 'All providers' }, ...providers.map((p) => ({ value: String(p), label: providerLabel(p) }))]} value={esp} onChange={(e) => set('resp', e.currentTarget.value)} />
        <NativeSelect
          label="Placement"
          data={[{ value: '', label: 'Any placement' }, ...PLACEMENTS.map((p) => ({ value: p, label: PLACEMENT_LABELS[p] })), { value: 'waiting', label: 'Not received' }]}
          value={place}
          onChange={(e) => set('rplace', e.currentTarget.value)}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {shown.length > 100 ? `The newest 100 of ${shown.length} records` : `${shown.length} of ${records.length} newest records`}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table fz="sm" striped aria-labelledby="sender-records">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Sent</Table.Th>
              <Table.Th scope="col">Test</Table.Th>
              <Table.Th scope="col">Seed provider</Table.Th>
              <Table.Th scope="col">Placement</Table.Th>
              <Table.Th scope="col">SPF</Table.Th>
              <Table.Th scope="col">DKIM</Table.Th>
              <Table.Th scope="col">DMARC</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.slice(0, 100).map((r) => (
              <Table.Tr key={`${r.workspace}|${r.id}`}>
                <Table.Td>{formatDateTime(r.created)}</Table.Td>
                <Table.Td>{r.testName}</Table.Td>
                <Table.Td>{r.recipientEsp === null ? '—' : providerLabel(r.recipientEsp)}</Table.Td>
                <Table.Td fw={r.placement === 'spam' ? 700 : undefined}>{r.placement ? PLACEMENT_LABELS[r.placement] : 'Not received'}</Table.Td>
                <Table.Td>{verdict(r.spf)}</Table.Td>
                <Table.Td>{verdict(r.dkim)}</Table.Td>
                <Table.Td>{verdict(r.dmarc)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
