import type { WeekdayKey } from '../../core/contract/placement-tests';
import { dateFormat, EMPTY_VALUE } from './format';
import { parseSchedule, type ScheduleLike } from '../../core/rules/schedule';

/** Weekdays in the API's key order: "0" = Sunday (docs/api/reference.md §3.2). */
export const WEEKDAYS: readonly { key: WeekdayKey; short: string; long: string }[] = [
  { key: '0', short: 'Sun', long: 'Sunday' },
  { key: '1', short: 'Mon', long: 'Monday' },
  { key: '2', short: 'Tue', long: 'Tuesday' },
  { key: '3', short: 'Wed', long: 'Wednesday' },
  { key: '4', short: 'Thu', long: 'Thursday' },
  { key: '5', short: 'Fri', long: 'Friday' },
  { key: '6', short: 'Sat', long: 'Saturday' },
];

function describeDays(days: number[]): string {
  const set = days.join(',');
  if (set === '0,1,2,3,4,5,6') return 'Every day';
  if (set === '1,2,3,4,5') return 'Weekdays';
  if (set === '0,6') return 'Weekends';
  if (days.length === 1) return `Every ${WEEKDAYS[days[0] ?? 0]?.long}`;
  return days.map((d) => WEEKDAYS[d]?.short).join(', ');
}

/** `{ when: "Tue, Wed at 02:30", timeZone: "America/Chihuahua" }`; null when not scheduled. */
export function scheduleParts(schedule: ScheduleLike): { when: string; timeZone: string } | null {
  const parsed = parseSchedule(schedule);
  if (!parsed) return null;
  const time = `${String(parsed.hour).padStart(2, '0')}:${String(parsed.minute).padStart(2, '0')}`;
  return { when: `${describeDays(parsed.days)} at ${time}`, timeZone: parsed.timeZone };
}

/** "Tue, Wed at 02:30 America/Chihuahua", "Every day at 09:00 Europe/Helsinki", "Not scheduled". */
export function describeSchedule(schedule: ScheduleLike): string {
  const parts = scheduleParts(schedule);
  return parts ? `${parts.when} ${parts.timeZone}` : 'Not scheduled';
}

/**
 * An instant as the wall clock in `timeZone` shows it (the viewer's own zone when omitted),
 * always 24-hour: "Tue 1 Dec, 02:30".
 */
export function formatInZone(date: Date, timeZone?: string, locale = 'en-GB'): string {
  if (Number.isNaN(date.getTime())) return EMPTY_VALUE;
  return dateFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "in 12 min", "in 3 h", "in 2 days", "5 min ago", "just now" (under a minute either way). */
export function formatRelative(date: Date, now: Date): string {
  const diff = date.getTime() - now.getTime();
  if (Number.isNaN(diff)) return EMPTY_VALUE;
  const abs = Math.abs(diff);
  if (abs < MINUTE_MS) return 'just now';
  // Rounded at each unit, so 59.6 min reads "1 h" and 23.6 h reads "1 day" rather than "60 min".
  const minutes = Math.round(abs / MINUTE_MS);
  const hours = Math.round(abs / HOUR_MS);
  const days = Math.round(abs / DAY_MS);
  const amount =
    minutes < 60 ? `${minutes} min` : hours < 24 ? `${hours} h` : `${days} ${days === 1 ? 'day' : 'days'}`;
  return diff > 0 ? `in ${amount}` : `${amount} ago`;
}
