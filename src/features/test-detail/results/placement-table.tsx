import { Table } from '@mantine/core';
import { formatCount, formatPercent, pluralize } from '../../../lib/format';
import { ScrollRegion } from '../../../components/scroll-region';
import { percentOf } from './placement-breakdown';
import { SectionLink } from './section-link';
import type { PlacementCounts } from '../../../lib/results/sender-triage';

export type PlacementRow = PlacementCounts & { key: string | number; label: string };

const COLUMNS = ['Sent', 'Received', 'Inbox', 'Category tab', 'Spam'] as const;
const share = (part: number, row: PlacementRow) =>
  `${formatPercent(percentOf(part, row.received))} (${formatCount(part)})`;

/** Sent, received and inbox / category / spam (share of received, with counts), one row per group. */
export function PlacementTable({
  label,
  groupHeader,
  rows,
  recordsOf,
}: {
  label: string;
  groupHeader: string;
  rows: PlacementRow[];
  /** The address of a row's records, when rows link to them (ADR 018). */
  recordsOf?: (row: PlacementRow) => URLSearchParams;
}) {
  return (
    <ScrollRegion label={`${label}, scrollable`} minWidth={560}>
      <Table striped fz="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupHeader}</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column} scope="col" ta="right">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {recordsOf ? (
                  <SectionLink
                    section="records"
                    params={recordsOf(row)}
                    size="sm"
                    fw={500}
                    label={`${row.label}: show ${pluralize(row.sent, 'record')}`}
                  >
                    {row.label}
                  </SectionLink>
                ) : (
                  row.label
                )}
              </Table.Th>
              <Table.Td ta="right">{formatCount(row.sent)}</Table.Td>
              <Table.Td ta="right">{formatCount(row.received)}</Table.Td>
              <Table.Td ta="right">{share(row.inbox, row)}</Table.Td>
              <Table.Td ta="right">{share(row.category, row)}</Table.Td>
              <Table.Td ta="right">{share(row.spam, row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
