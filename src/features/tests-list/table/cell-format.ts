import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { dateFormat, EMPTY_VALUE } from '../../../lib/format';
import { formatInZone } from '../../../lib/schedule-format';
import { nextRun } from '../../../../core/rules/schedule';

/** Cell text for the tests table (formatters are cached in src/lib/format.ts). */

function validDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Dec" in the current year (the viewer's), "3 Dec 2025" before or after it. */
export function formatCreated(iso: string, now: Date): string {
  const date = validDate(iso);
  if (!date) return EMPTY_VALUE;
  const sameYear = yearFormat().format(date) === yearFormat().format(now);
  return dateFormat('en-GB', { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric' }).format(date);
}

const yearFormat = () => dateFormat('en-GB', { year: 'numeric' });

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
