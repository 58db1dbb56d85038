import { Anchor, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { STATUS_LABELS } from '../../../core/contract/placement-tests';
import type { ResultsWindow, SenderDetail } from '../../../core/contract/sender-results';
import { formatCount, formatPercent } from '../../lib/format';
import { evidenceHref } from './evidence-href';
import { providerLabel } from './result-rows';
import { LandedCell } from './results-columns';

const landed = (c: { received: number; inbox: number; category: number }) => (c.received ? (100 * (c.inbox + c.category)) / c.received : null);

/**
 * The tests this sender is in, each figure linking to its evidence: the test's result page with
 * the records filtered to this sender (and to the provider, for a provider's figure).
 */
export function SenderTests({ tests, email, window }: { tests: SenderDetail['tests']; email: string; window: ResultsWindow }) {
  const multiple = new Set(tests.map((t) => t.workspace)).size > 1;
  const providers = [...new Set(tests.flatMap((t) => t.byProvider.map((p) => p.esp)))].filter((esp) => esp !== 0).sort((a, b) => a - b);
  return (
    <section aria-labelledby="sender-tests">
      <Title order={3} size="h4" id="sender-tests" mb="xs">
        Tests it is in
      </Title>
      <Table.ScrollContainer minWidth={560 + providers.length * 110}>
        <Table fz="sm" striped aria-labelledby="sender-tests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Test</Table.Th>
              {multiple && <Table.Th scope="col">Workspace</Table.Th>}
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Landed</Table.Th>
              {providers.map((esp) => (
                <Table.Th key={esp} scope="col">
                  {providerLabel(esp)}
                </Table.Th>
              ))}
              <Table.Th scope="col">Emails</Table.Th>
              <Table.Th scope="col">Last run</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tests.map((t) => (
              <Table.Tr key={`${t.workspace}|${t.id}`}>
                <Table.Th scope="row" fw={400}>
                  {/* The test page reads the selected workspace; one workspace links straight to it. */}
                  <Anchor component={Link} href={evidenceHref(t, window, email)} size="sm">
                    {t.name}
                  </Anchor>
                </Table.Th>
                {multiple && <Table.Td>{t.workspace}</Table.Td>}
                <Table.Td>{t.status ? STATUS_LABELS[t.status as 1 | 2 | 3] : '—'}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={evidenceHref(t, window, email)} aria-label={`${formatPercent(landed(t))} landed in ${t.name}: open its records from this sender`}>
                    <LandedCell value={landed(t)} />
                  </Anchor>
                </Table.Td>
                {providers.map((esp) => {
                  const p = t.byProvider.find((x) => x.esp === esp);
                  return (
                    <Table.Td key={esp}>
                      {p?.received ? (
                        <Anchor
                          component={Link}
                          href={evidenceHref(t, window, email, esp)}
                          aria-label={`${formatPercent(landed(p))} landed at ${providerLabel(esp)} in ${t.name}: open those records`}
                        >
                          <LandedCell value={landed(p)} />
                        </Anchor>
                      ) : (
                        <Text span size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
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
