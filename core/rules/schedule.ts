import { TIME_OF_DAY_PATTERN } from '../contract/placement-tests';
import { INSTANTLY_TIMEZONES, type InstantlyTimezone } from '../contract/timezones';

/**
 * Schedule math for automated placement tests: weekday keys "0".."6" (0 = Sunday), `timing.from`
 * as 24-hour HH:MM wall-clock time in `timezone`. Reference: docs/api/reference.md §3.2.
 * Uses Intl only (no DOM) because the emulator imports it too.
 */

export type ScheduleLike =
  { days?: Record<string, boolean>; timing?: { from?: string }; timezone?: string } | null | undefined;

export type ParsedSchedule = {
  /** Enabled weekdays, ascending, 0 = Sunday. */
  days: number[];
  hour: number;
  minute: number;
  timeZone: InstantlyTimezone;
};

export type ZonedParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday, like the schedule's day keys. */
  weekday: number;
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of `date` in `timeZone`. Throws RangeError for a zone Intl does not know. */
export function getZonedParts(date: Date, timeZone: string): ZonedParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, hour, minute, second, weekday };
}

function wallClockAsUtcMs(date: Date, timeZone: string): number {
  const p = getZonedParts(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Offset of `timeZone` from UTC at the instant `at`, in minutes (Asia/Kolkata → 330). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const wholeSecond = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtcMs(new Date(wholeSecond), timeZone) - wholeSecond) / MINUTE_MS);
}

/** "UTC+05:30", "UTC−03:30" (U+2212 minus, read as "minus" by screen readers), "UTC±00:00". */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes > 0 ? '+' : minutes < 0 ? '\u2212' : '±';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/**
 * The instant at which the wall clock in `timeZone` reads y-m-d hh:mm (month 1–12), with
 * Temporal's 'compatible' disambiguation, the rule cron implementations follow too:
 * - fall-back overlap (the time happens twice): the earlier instant;
 * - spring-forward gap (the time never happens): shifted forward by the gap length, e.g. 02:30
 *   on America/Chicago's spring-forward day runs at 03:30 CDT.
 * Rather than iterating a guess, both offsets that can apply (a day before and after; zones
 * change offset at most once in 48 h) are tried and checked against the wall clock.
 */
export function zonedWallTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = utcOffsetMinutes(timeZone, new Date(wall - DAY_MS));
  const offsetAfter = utcOffsetMinutes(timeZone, new Date(wall + DAY_MS));
  const matches = [offsetBefore, offsetAfter]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => wallClockAsUtcMs(new Date(instant), timeZone) === wall)
    .sort((a, b) => a - b);
  // In a gap, the pre-transition offset lands exactly gap-length after the requested time.
  return new Date(matches[0] ?? wall - offsetBefore * MINUTE_MS);
}

const KNOWN_ZONES: ReadonlySet<string> = new Set(INSTANTLY_TIMEZONES);

/** The usable parts of a schedule, or null when it cannot produce a run. */
export function parseSchedule(schedule: ScheduleLike): ParsedSchedule | null {
  if (!schedule) return null;
  const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => schedule.days?.[String(d)] === true);
  const time = TIME_OF_DAY_PATTERN.exec(schedule.timing?.from ?? '');
  const timeZone = schedule.timezone;
  if (days.length === 0 || !time || !timeZone || !KNOWN_ZONES.has(timeZone)) return null;
  return { days, hour: Number(time[1]), minute: Number(time[2]), timeZone: timeZone as InstantlyTimezone };
}

/**
 * First run strictly after `after`, or null for an incomplete schedule, an invalid date, or a
 * zone this runtime's Intl does not know (an older browser: there is then no run to show).
 */
export function nextRun(schedule: ScheduleLike, after: Date): Date | null {
  const parsed = parseSchedule(schedule);
  if (!parsed || Number.isNaN(after.getTime())) return null;
  let today: ZonedParts;
  try {
    today = getZonedParts(after, parsed.timeZone);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  // From yesterday, in case a gap shift pushed yesterday's run past local midnight; up to
  // 8 days ahead covers "only today is enabled and today's time has passed".
  for (let offset = -1; offset <= 8; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    if (!parsed.days.includes(date.getUTCDay())) continue;
    const run = zonedWallTimeToUtc(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      parsed.hour,
      parsed.minute,
      parsed.timeZone,
    );
    if (run.getTime() > after.getTime()) return run;
  }
  return null;
}

/** The next `count` runs strictly after `after`, in order; [] for an incomplete schedule. */
export function nextRuns(schedule: ScheduleLike, after: Date, count: number): Date[] {
  const runs: Date[] = [];
  let cursor: Date | null = after;
  while (runs.length < count && cursor) {
    cursor = nextRun(schedule, cursor);
    if (cursor) runs.push(cursor);
  }
  return runs;
}
