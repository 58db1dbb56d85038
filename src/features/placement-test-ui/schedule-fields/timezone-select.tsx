import { useMemo } from 'react';
import { ControlledSelect } from '../../../components/form/controlled-select';
import { timezoneOptions } from '../../../../core/rules/timezone-choice';
import type { ScheduleFieldValues } from './schedule-form';

/** Instantly's own 102 zones (not IANA's list), each with its offset today, searchable. */
export function TimezoneSelect({ now, viewerZone }: { now: Date; viewerZone: string }) {
  const data = useMemo(() => timezoneOptions(now).map(({ value, label }) => ({ value, label })), [now]);
  return (
    <ControlledSelect<ScheduleFieldValues>
      name="schedule.timezone"
      label="Timezone"
      description={`Instantly accepts only these zones. Your browser is on ${viewerZone}.`}
      data={data}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No zone matches"
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
