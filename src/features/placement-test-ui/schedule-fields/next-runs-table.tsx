import { Table } from '@mantine/core';
import { formatInZone, formatRelative } from '../../../lib/schedule-format';
import { formatUtcOffset, utcOffsetMinutes } from '../../../../core/rules/schedule';

/**
 * Runs in the test's zone and in the viewer's, each with its UTC offset so a DST change between
 * runs is visible. Used by the schedule fields' preview and the test detail page.
 */
export function NextRunsTable({
  runs,
  zone,
  viewerZone,
  now,
  labelledBy,
}: {
  runs: readonly Date[];
  zone: string;
  viewerZone: string;
  now: Date;
  labelledBy: string;
}) {
  const withOffset = (date: Date, timeZone: string) =>
    `${formatInZone(date, timeZone)} (${formatUtcOffset(utcOffsetMinutes(timeZone, date))})`;
  return (
    <Table aria-labelledby={labelledBy} striped withTableBorder fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">In {zone}</Table.Th>
          <Table.Th scope="col">Your time ({viewerZone})</Table.Th>
          <Table.Th scope="col">From now</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.toISOString()}>
            <Table.Td>{withOffset(run, zone)}</Table.Td>
            <Table.Td>{withOffset(run, viewerZone)}</Table.Td>
            <Table.Td>{formatRelative(run, now)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
