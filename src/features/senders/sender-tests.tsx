import { Anchor, Table, Title } from '@mantine/core';
import { Link } from 'wouter';
import { STATUS_LABELS } from '../../../core/contract/placement-tests';
import type { SenderDetail } from '../../../core/contract/sender-results';
import { formatCount } from '../../lib/format';
import { LandedCell } from './results-columns';

/** The tests this sender is in, each linking to its own results: the evidence behind the figures. */
export function SenderTests({ tests }: { tests: SenderDetail['tests'] }) {
  const multiple = new Set(tests.map((t) => t.workspace)).size > 1;
  return (
    <section aria-labelledby="sender-tests">
      <Title order={3} size="h4" id="sender-tests" mb="xs">
        Tests it is in
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" striped aria-labelledby="sender-tests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Test</Table.Th>
              {multiple && <Table.Th scope="col">Workspace</Table.Th>}
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Landed</Table.Th>
              <Table.Th scope="col">Emails</Table.Th>
              <Table.Th scope="col">Last run</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tests.map((t) => (
              <Table.Tr key={`${t.workspace}|${t.id}`}>
                <Table.Th scope="row" fw={400}>
                  {/* The test page reads the selected workspace; one workspace links straight to it. */}
                  <Anchor component={Link} href={`/tests/${t.id}`} size="sm">
                    {t.name}
                  </Anchor>
                </Table.Th>
                {multiple && <Table.Td>{t.workspace}</Table.Td>}
                <Table.Td>{t.status ? STATUS_LABELS[t.status as 1 | 2 | 3] : '—'}</Table.Td>
                <Table.Td>
                  <LandedCell value={t.received ? (100 * (t.inbox + t.category)) / t.received : null} />
                </Table.Td>
                <Table.Td>{formatCount(t.sent)}</Table.Td>
                <Table.Td>{t.lastDate ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
