import { Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { NextRunsTable } from '../../placement-test-ui/schedule-fields/next-runs-table';
import { browserTimeZone } from '../../placement-test-ui/schedule-fields/schedule-form';
import { nextRuns, parseSchedule } from '../../../../core/rules/schedule';
import { describeSchedule } from '../../../lib/schedule-format';
import { SectionCard } from '../section-card';

const RUNS = 5;

/** The schedule in plain words and the next runs in the test's zone and the viewer's. */
export function ScheduleSettings({ placementTest }: { placementTest: PlacementTestDetail }) {
  const [now] = useState(() => new Date());
  const titleId = useId();
  const { schedule, status } = placementTest;
  const parsed = parseSchedule(schedule);
  // The API's next run first (it is what Instantly will do), then the schedule's following ones.
  const first = placementTest.timestamp_next_run ? new Date(placementTest.timestamp_next_run) : null;
  const runs =
    status === 1 && parsed
      ? first
        ? [first, ...nextRuns(schedule, first, RUNS - 1)]
        : nextRuns(schedule, now, RUNS)
      : [];
  return (
    <SectionCard title="Schedule">
      <Text size="sm">{describeSchedule(schedule)}</Text>
      {status === 2 && <Text size="sm">Paused: it does not run until you resume it.</Text>}
      {status === 3 && <Text size="sm">Completed: it does not run any more.</Text>}
      {runs.length > 0 && parsed && (
        <Stack gap={4}>
          <Text fw={600} size="sm" id={titleId}>
            Next {RUNS} runs
          </Text>
          <NextRunsTable
            runs={runs}
            zone={parsed.timeZone}
            viewerZone={browserTimeZone()}
            now={now}
            labelledBy={titleId}
          />
        </Stack>
      )}
    </SectionCard>
  );
}
