import type { PlacementTest } from '../../api/placement-tests/schemas';
import { EMPTY_VALUE } from '../../lib/format';
import { nextRun } from '../../lib/schedule';

/**
 * Cell text for the tests table. Formatters are built once: with hundreds of rows on screen,
 * constructing an Intl.DateTimeFormat per cell shows up in profiles.
 */

const createdFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
/** The viewer's own zone: this runtime's default. Always 24-hour, like the schedule. */
const nextRunFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function validDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Dec 2026". */
export function formatCreated(iso: string): string {
  const date = validDate(iso);
  return date ? createdFormat.format(date) : EMPTY_VALUE;
}

/** "Tue 1 Dec, 02:30" in the viewer's time zone. */
export function formatNextRun(date: Date): string {
  return nextRunFormat.format(date);
}

/**
 * When the test runs next: the API's `timestamp_next_run`, else (automated tests) computed from
 * the schedule. Paused and completed tests do not run, so they have none.
 */
export function nextRunOf(placementTest: PlacementTest, now: Date): Date | null {
  if (placementTest.status === 2 || placementTest.status === 3) return null;
  const given = validDate(placementTest.timestamp_next_run);
  if (given) return given;
  return placementTest.type === 2 ? nextRun(placementTest.schedule, now) : null;
}
