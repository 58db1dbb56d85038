import '@mantine/dates/styles.css';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { ControlledTimePicker } from '../../../components/form/controlled-time-picker';
import { NextRunsPreview } from './next-runs-preview';
import { browserTimeZone, type ScheduleFieldValues } from './schedule-form';
import { TimezoneSelect } from './timezone-select';
import { WeekdayPicker } from './weekday-picker';

/**
 * Weekdays, start time, timezone and the next runs, for any form that keeps a
 * `ScheduleFormValues` under `schedule` (the create wizard, the edit drawer).
 */
export function ScheduleFields() {
  // One "now" per mount: offsets and the preview stay stable while the user edits.
  const [now] = useState(() => new Date());
  const viewerZone = browserTimeZone();
  return (
    <Stack gap="md">
      <WeekdayPicker />
      <ControlledTimePicker<ScheduleFieldValues>
        name="schedule.timing.from"
        label="Start time"
        hoursInputLabel="Start time, hours"
        minutesInputLabel="Start time, minutes"
        description="24-hour clock (HH:MM), in the timezone below."
        maw={320}
      />
      <TimezoneSelect now={now} viewerZone={viewerZone} />
      <NextRunsPreview now={now} viewerZone={viewerZone} />
    </Stack>
  );
}
