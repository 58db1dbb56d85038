import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { ControlledSelect } from '../../../components/form/controlled-select';
import {
  describeTimezoneMatch,
  matchInstantlyTimezone,
  timezoneOptions,
} from '../../../../core/rules/timezone-choice';
import { searchTimezones } from '../../../../core/rules/timezone-search';
import type { ScheduleFieldValues } from './schedule-form';

/**
 * Filters by what people type (a city, a country, EST, UTC−5; timezone-search.ts), not only
 * by Instantly's ids; a zone found through another name says how ("same clock as New York").
 * The search text equal to a label (the chosen zone, shown in the box) lists every zone.
 */
function timezoneFilter(now: Date): OptionsFilter {
  return ({ options, search }) => {
    const items = options as ComboboxItem[];
    if (!search.trim() || items.some((o) => o.label === search)) return items;
    const found = searchTimezones(search, now);
    return items.flatMap((item) => {
      if (!found.has(item.value as never)) return [];
      const hint = found.get(item.value as never);
      return [hint ? { ...item, label: `${item.label} · ${hint}` } : item];
    });
  };
}

/** Instantly's own 102 zones (not IANA's list), each with its offset today, searchable. */
export function TimezoneSelect({ now, viewerZone }: { now: Date; viewerZone: string }) {
  const data = useMemo(() => timezoneOptions(now).map(({ value, label }) => ({ value, label })), [now]);
  const filter = useMemo(() => timezoneFilter(now), [now]);
  const match = useMemo(() => matchInstantlyTimezone(viewerZone, now), [viewerZone, now]);
  // The first search reads every zone's names from Intl (a few hundred ms on a slow machine):
  // do it while the user is still reading, not on their first keystroke.
  useEffect(() => {
    const warm = window.setTimeout(() => searchTimezones('warm up', now), 300);
    return () => window.clearTimeout(warm);
  }, [now]);
  return (
    <ControlledSelect<ScheduleFieldValues>
      name="schedule.timezone"
      label="Timezone"
      description={`Instantly accepts only these zones: search by city, country, abbreviation (EST, CET) or offset (UTC−5). ${describeTimezoneMatch(viewerZone, match)}`}
      data={data}
      searchable
      filter={filter}
      allowDeselect={false}
      nothingFoundMessage="No zone matches. Try a city, a country, or an offset such as UTC+2."
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
