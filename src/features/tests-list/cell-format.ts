import type { PlacementTest } from '../../api/placement-tests/schemas';
import { dateFormat, EMPTY_VALUE } from '../../lib/format';
import { formatInZone } from '../../lib/schedule-format';
import { nextRun } from '../../lib/schedule';

/** Cell text for the tests table (formatters are cached in src/lib/format.ts). */

function validDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Dec 2026". */
export function formatCreated(iso: string): string {
  const date = validDate(iso);
  return date
    ? dateFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date)
    : EMPTY_VALUE;
}

/** "Tue 1 Dec, 02:30" in the viewer's time zone. */
export function formatNextRun(date: Date): string {
  return formatInZone(date);
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
