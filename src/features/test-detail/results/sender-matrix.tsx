import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { ACCOUNT_STATUS_LABELS, type Account } from '../../../../core/contract/accounts';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { ESP_CODE_LABELS, type EspCode } from '../../../../core/contract/common';
import { formatCount, formatPercent, pluralize } from '../../../lib/format';
import { useSearchParams } from '../../../components/use-search-params';
import { downloadCsv, fileSlug } from '../../../lib/download-file';
import { ScrollRegion } from '../../../components/scroll-region';
import { SectionCard } from '../section-card';
import { HealthBadge } from './health-badge';
import { matrixCsv } from './results-csv';
import { NO_FILTER, withRecordsFilter } from './records-filter';
import { SectionLink } from './section-link';
import {
  AT_RISK_FROM,
  HEALTHY_FROM,
  landedPercent,
  triageSenders,
  type PlacementCounts,
  type SenderRow,
} from '../../../lib/results/sender-triage';

const cellBackground = (landed: number | null) =>
  landed === null
    ? undefined
    : landed >= HEALTHY_FROM
      ? undefined
      : landed >= AT_RISK_FROM
        ? 'var(--mantine-color-orange-light)'
        : 'var(--mantine-color-red-light)';

/** A sender's figure at one provider (or all of them), linking to the records behind it (ADR 018). */
function Cell({
  counts,
  records,
  where,
}: {
  counts: PlacementCounts | undefined;
  /** The address of those records; none when there are none. */
  records: URLSearchParams | null;
  /** "alex@… at Microsoft": what the figure is of, for its link's name. */
  where: string;
}) {
  const landed = counts ? landedPercent(counts) : null;
  const landedCount = counts ? counts.inbox + counts.category : 0;
  return (
    <Table.Td ta="right" style={{ background: cellBackground(landed) }}>
      {counts && records ? (
        <SectionLink
          section="records"
          params={records}
          size="sm"
          c="inherit"
          underline="always"
          label={`${where}: ${landed === null ? 'nothing received yet' : `${formatPercent(landed)} landed, ${landedCount} of ${counts.received} received`}. Show ${pluralize(counts.sent, 'record')}`}
        >
          {landed === null ? formatCount(counts.sent) + ' sent' : `${formatPercent(landed)} (${landedCount}/${counts.received})`}
        </SectionLink>
      ) : (
        '—'
      )}
    </Table.Td>
  );
}

function silentReason(row: SenderRow, account: Account | undefined): string | null {
  if (row.health !== 'silent') return null;
  if (!account) return 'No records from this sender';
  if (account.inbox_placement_test_limit === 0) return 'Its placement test limit is 0, so Instantly skips it';
  if (account.status !== 1)
    return `Account ${ACCOUNT_STATUS_LABELS[account.status ?? 0]?.toLowerCase() ?? 'not active'}: Instantly skips it`;
  return 'No records from this sender';
}

/** Every sender × recipient provider, worst first, each sender triaged (sender-triage.ts). */
export function SenderMatrix(props: {
  records: AnalyticsRecord[];
  senders: string[];
  accountOf: (email: string) => Account | undefined;
  testName: string;
}) {
  const { rows, providers } = triageSenders(props.records, props.senders);
  const [current] = useSearchParams();
  const recordsOf = (sender: string, esp?: number) =>
    withRecordsFilter(current, { ...NO_FILTER, sender, esp: esp === undefined ? [] : [String(esp)] });
  const providerName = (p: number) => ESP_CODE_LABELS[p as EspCode] ?? `Code ${p}`;
  const foreign = rows.filter((r) => r.foreign).length;
  const exportCsv = () => downloadCsv(`${fileSlug(props.testName)}-senders.csv`, matrixCsv(rows, providers));
  return (
    <SectionCard
      id="senders"
      title="Senders by provider"
      description={`Landed in the inbox or a category tab, per sender: healthy from ${HEALTHY_FROM}%, at risk from ${AT_RISK_FROM}%, spam bound below. Worst first.`}
      actions={
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={exportCsv}
          disabled={rows.length === 0}
        >
          Export senders CSV
        </Button>
      }
    >
      {foreign > 0 && (
        <Text size="sm">
          {formatCount(foreign)} {foreign === 1 ? 'sender is' : 'senders are'} not part of this test: their
          records are shown, marked, and counted in the totals.
        </Text>
      )}
      <ScrollRegion label="Senders by provider table" minWidth={520 + providers.length * 110}>
        <Table fz="sm" aria-label="Senders by recipient provider">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Sender</Table.Th>
              <Table.Th scope="col">Health</Table.Th>
              <Table.Th scope="col" ta="right">
                Landed
              </Table.Th>
              {providers.map((p) => (
                <Table.Th key={p} scope="col" ta="right">
                  {providerName(p)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const reason = silentReason(row, props.accountOf(row.sender));
              return (
                <Table.Tr key={row.sender}>
                  <Table.Th scope="row" fw={500}>
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Text span size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {row.sender}
                        </Text>
                        {row.foreign && (
                          <Badge size="sm" variant="default" tt="none">
                            Not in this test
                          </Badge>
                        )}
                      </Group>
                      {reason && (
                        <Text size="xs" c="dimmed">
                          {reason}
                        </Text>
                      )}
                    </Stack>
                  </Table.Th>
                  <Table.Td>
                    <HealthBadge health={row.health} />
                  </Table.Td>
                  <Cell
                    counts={row.sent ? row : undefined}
                    records={row.sent ? recordsOf(row.sender) : null}
                    where={`${row.sender} at every provider`}
                  />
                  {providers.map((p) => (
                    <Cell
                      key={p}
                      counts={row.byProvider[p]}
                      records={row.byProvider[p] ? recordsOf(row.sender, p) : null}
                      where={`${row.sender} at ${providerName(p)}`}
                    />
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </SectionCard>
  );
}
