import { Table, Text } from '@mantine/core';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../../../../core/contract/common';
import { formatDateTime } from '../../../lib/format';
import { RESULT_TERMS } from '../../../../core/rules/result-terms';
import { recordResult } from './completeness';
import { ScrollRegion } from '../../../components/scroll-region';

const code = (labels: Record<number, string>, value: number | null | undefined) =>
  value === null || value === undefined ? '—' : (labels[value] ?? String(value));
const check = (value: boolean | null | undefined) =>
  value === null || value === undefined ? '—' : value ? 'Pass' : 'Fail';

/** An address that may wrap before its "@" when the column is narrow (laptops), and nowhere else. */
function Address({ email }: { email: string | null | undefined }) {
  if (!email) return '—';
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  return (
    <span style={{ whiteSpace: 'normal' }}>
      <span style={{ whiteSpace: 'nowrap' }}>{email.slice(0, at)}</span>
      <wbr />
      <span style={{ whiteSpace: 'nowrap' }}>{email.slice(at)}</span>
    </span>
  );
}

/**
 * One row per email: when, who to whom (the seed's provider, region and type under its
 * address), where it landed, how it authenticated. Fits a 1,280 px laptop without scrolling.
 */
export function RecordsTable({ records, pendingDay }: { records: AnalyticsRecord[]; pendingDay: string | null }) {
  return (
    <ScrollRegion label="Records table" minWidth={760}>
      <Table fz="sm" striped aria-label="Records" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Sent</Table.Th>
            <Table.Th scope="col">Sender</Table.Th>
            <Table.Th scope="col">Seed inbox</Table.Th>
            <Table.Th scope="col">Placement</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'normal' }}>
              SPF / DKIM / DMARC
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => {
            const result = recordResult(r, pendingDay);
            return (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDateTime(r.timestamp_created)}</Table.Td>
                <Table.Td>
                  <Address email={r.sender_email} />
                </Table.Td>
                <Table.Td>
                  <Address email={r.recipient_email} />
                  <Text span size="xs" c="dimmed" display="block">
                    {code(ESP_CODE_LABELS, r.recipient_esp)} · {code(GEO_CODE_LABELS, r.recipient_geo)},{' '}
                    {code(RECIPIENT_TYPE_LABELS, r.recipient_type)}
                  </Text>
                </Table.Td>
                <Table.Td fw={result === 'spam' || result === 'missing' ? 700 : undefined}>
                  {RESULT_TERMS[result].label}
                </Table.Td>
                <Table.Td>
                  {r.record_type === 2 ? [r.spf_pass, r.dkim_pass, r.dmarc_pass].map(check).join(' / ') : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
