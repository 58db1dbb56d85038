import { INSTANTLY_TIMEZONES, type InstantlyTimezone } from '../contract/timezones';
import { formatUtcOffset, utcOffsetMinutes } from './schedule';

/**
 * Picking one of Instantly's 102 schedule zones (docs/api/reference.md §3.2: not the IANA list, so a
 * browser's America/New_York must be mapped to an accepted zone that keeps the same clock).
 */

export type TimezoneOption = { value: InstantlyTimezone; label: string; offsetMinutes: number };

/** Every Instantly zone labelled with its offset at `now`, e.g. "(UTC+05:30) Asia/Kolkata". */
export function timezoneOptions(now: Date): TimezoneOption[] {
  return INSTANTLY_TIMEZONES.map((value) => {
    const offsetMinutes = utcOffsetMinutes(value, now);
    return { value, label: `(${formatUtcOffset(offsetMinutes)}) ${value}`, offsetMinutes };
  }).sort((a, b) => a.offsetMinutes - b.offsetMinutes || compareNames(a.value, b.value));
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const canonicalCache = new Map<string, string | null>();

/** ICU's id for a zone (Asia/Kolkata and Asia/Calcutta share one), or null if unknown. */
function canonicalZone(timeZone: string): string | null {
  if (!canonicalCache.has(timeZone)) {
    let canonical: string | null = null;
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    canonicalCache.set(timeZone, canonical);
  }
  return canonicalCache.get(timeZone) ?? null;
}

const continent = (timeZone: string) => timeZone.split('/')[0];

/**
 * Offsets at `now`, mid-January and mid-July: two zones with the same three observe the same
 * clock and the same DST season (north, south or none), which is what a schedule depends on.
 */
function offsetProfile(timeZone: string, now: Date): number[] {
  const year = now.getUTCFullYear();
  return [now, new Date(Date.UTC(year, 0, 15)), new Date(Date.UTC(year, 6, 15))].map((at) =>
    utcOffsetMinutes(timeZone, at),
  );
}

/**
 * The Instantly zone to preselect for a browser zone: the zone itself or an alias of it; else
 * the zone whose offsets (now, January, July) differ least, then one on the same continent,
 * then one ICU does not treat as an alias of another zone, then by name. Unknown zones count
 * as UTC, so they get Africa/Abidjan.
 * Examples: America/New_York → America/Detroit, Europe/Berlin → Europe/Belgrade,
 * Europe/London → Europe/Isle_of_Man, America/Los_Angeles → America/Creston (no Pacific zone
 * is accepted; Creston is UTC−7 all year, right in summer and an hour off in winter).
 */
export function closestInstantlyTimezone(browserZone: string, now: Date): InstantlyTimezone {
  const exact = INSTANTLY_TIMEZONES.find((zone) => zone === browserZone);
  if (exact) return exact;
  const canonical = canonicalZone(browserZone);
  const alias = canonical ? INSTANTLY_TIMEZONES.find((zone) => canonicalZone(zone) === canonical) : undefined;
  if (alias) return alias;

  const target = canonical ? offsetProfile(canonical, now) : [0, 0, 0];
  const ranked = INSTANTLY_TIMEZONES.map((zone) => ({
    zone,
    distance: offsetProfile(zone, now).reduce(
      (sum, offset, i) => sum + Math.abs(offset - (target[i] ?? 0)),
      0,
    ),
    otherContinent: continent(zone) === continent(browserZone) ? 0 : 1,
    isAlias: canonicalZone(zone) === zone ? 0 : 1,
  })).sort(
    (a, b) =>
      a.distance - b.distance ||
      a.otherContinent - b.otherContinent ||
      a.isAlias - b.isAlias ||
      compareNames(a.zone, b.zone),
  );
  return ranked[0]?.zone ?? 'Africa/Abidjan';
}
