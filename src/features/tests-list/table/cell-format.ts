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
  return dateFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  }).format(date);
}

const yearFormat = () => dateFormat('en-GB', { year: 'numeric' });

/**
 * A next run in the zone the test's schedule names (the Schedule column's zone), so "16:00"
 * sits beside "Every Thursday at 16:00"; in the viewer's zone when the test has none.
 * `{ when: "Thu 4 Dec, 16:00", zone: "Chicago time" }`, or zone "your time".
 */
export function formatNextRun(
  date: Date,
  scheduleZone: string | null | undefined,
): { when: string; zone: string } {
  if (scheduleZone) {
    try {
      return { when: formatInZone(date, scheduleZone), zone: `${zoneCity(scheduleZone)} time` };
    } catch {
      // A zone this browser does not know: the viewer's time below.
    }
  }
  return { when: formatInZone(date), zone: 'your time' };
}

/** "America/Indiana/Marengo" → "Marengo"; "Etc/GMT+12" keeps its id (its name is its offset). */
function zoneCity(zone: string): string {
  if (zone.startsWith('Etc/')) return zone.slice(4);
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
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
