import { Stack, Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { nextRuns } from '../../../../core/rules/schedule';
import { NextRunsTable } from './next-runs-table';
import { toScheduleInput, type ScheduleFieldValues } from './schedule-form';

const RUNS = 5;

/** The next runs as the server will compute them (the same `nextRuns`) for the schedule being edited. */
export function NextRunsPreview({ now, viewerZone }: { now: Date; viewerZone: string }) {
  const schedule = useWatch<ScheduleFieldValues, 'schedule'>({ name: 'schedule' });
  const runs = nextRuns(toScheduleInput(schedule), now, RUNS);
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
        <NextRunsTable
          runs={runs}
          zone={schedule.timezone}
          viewerZone={viewerZone}
          now={now}
          labelledBy="next-runs-title"
        />
      )}
    </Stack>
  );
}
