import { Stack, Table, Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { formatRelative, formatInZone } from '../../lib/schedule-format';
import { formatUtcOffset, nextRuns, utcOffsetMinutes } from '../../lib/schedule';
import { toScheduleInput, type ScheduleFieldValues } from './schedule-form';

const RUNS = 5;

/**
 * The next runs as the server will compute them (the same `nextRuns`), in the test's zone and in
 * the viewer's, each with its UTC offset so a DST change between runs is visible.
 */
export function NextRunsPreview({ now, viewerZone }: { now: Date; viewerZone: string }) {
  const schedule = useWatch<ScheduleFieldValues, 'schedule'>({ name: 'schedule' });
  const runs = nextRuns(toScheduleInput(schedule), now, RUNS);
  const zone = schedule.timezone;
  const withOffset = (date: Date, timeZone: string) =>
    `${formatInZone(date, timeZone)} (${formatUtcOffset(utcOffsetMinutes(timeZone, date))})`;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id="next-runs-title">
        Next {RUNS} runs
      </Text>
      {runs.length === 0 ? (
        <Text size="sm" c="dimmed">
          Pick at least one weekday and a start time to see when it runs.
        </Text>
      ) : (
        <Table aria-labelledby="next-runs-title" striped withTableBorder fz="sm">
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
      )}
    </Stack>
  );
}
