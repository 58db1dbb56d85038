import { INSTANTLY_TIMEZONES, type InstantlyTimezone } from '../contract/timezones';
import { formatUtcOffset, utcOffsetMinutes } from './schedule';
import { canonicalZone, coarseProfile, offsetProfile, profileDistance } from './timezone-offsets';

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

const region = (timeZone: string) => timeZone.split('/')[0];

/**
 * For a browser on UTC (or any zone on UTC+0 all year): Instantly lists no UTC or Etc/GMT zone,
 * and only two that keep UTC+0 all year, Africa/Abidjan and America/Danmarkshavn (a weather
 * station in Greenland). Abidjan is the better known: since 2022 the IANA database makes
 * Accra, Dakar and Reykjavik aliases of it.
 */
export const UTC_ALL_YEAR_ZONE: InstantlyTimezone = 'Africa/Abidjan';

/**
 * How a browser zone maps to Instantly's list: `listed` (it is on the list, under its own name
 * or an alias), `same-clock` (another zone with the same offset all year, DST included) or
 * `nearest` (no zone keeps the same clock; the one that is off for the fewest weeks).
 */
export type TimezoneMatchKind = 'listed' | 'same-clock' | 'nearest';
export type TimezoneMatch = { zone: InstantlyTimezone; kind: TimezoneMatchKind };

/**
 * The Instantly zone to use for `browserZone`, by these rules, in order:
 * 1. the zone itself, or one ICU treats as the same zone (Asia/Calcutta → Asia/Kolkata);
 * 2. else the zones with the same offset every week of `now`'s year (DST dates included), and
 *    of those one in the same region (Europe/…), then one that is not an alias, then
 *    `UTC_ALL_YEAR_ZONE` for a UTC browser, then by name;
 * 3. else the zone whose offsets differ least over the year, with the same tie-breaks.
 * Unknown zones count as UTC.
 * Examples: America/New_York → America/Detroit, Europe/Berlin → Europe/Belgrade,
 * Europe/London → Europe/Isle_of_Man, UTC → Africa/Abidjan, America/Los_Angeles →
 * America/Creston (nearest: no Pacific zone is accepted; Creston is UTC−7 all year, right in
 * summer and an hour off in winter).
 */
export function matchInstantlyTimezone(browserZone: string, now: Date): TimezoneMatch {
  const exact = INSTANTLY_TIMEZONES.find((zone) => zone === browserZone);
  if (exact) return { zone: exact, kind: 'listed' };
  const canonical = canonicalZone(browserZone);
  const alias = canonical ? INSTANTLY_TIMEZONES.find((zone) => canonicalZone(zone) === canonical) : undefined;
  if (alias) return { zone: alias, kind: 'listed' };

  const year = now.getUTCFullYear();
  const zone = canonical ?? 'UTC';
  const target = offsetProfile(zone, year) ?? [];
  // Weekly profiles only for the zones a quarterly sample keeps in the running (speed: the
  // wizard computes this on opening).
  const coarseTarget = coarseProfile(zone, year) ?? [];
  const coarse = INSTANTLY_TIMEZONES.map((z) => profileDistance(coarseProfile(z, year) ?? [], coarseTarget));
  const cutoff = Math.min(...coarse) + 120;
  const ranked = INSTANTLY_TIMEZONES.filter((_, i) => (coarse[i] ?? Infinity) <= cutoff)
    .map((zone) => ({
      zone,
      distance: profileDistance(offsetProfile(zone, year) ?? [], target),
      otherRegion: region(zone) === region(browserZone) ? 0 : 1,
      isAlias: canonicalZone(zone) === zone ? 0 : 1,
      notUtc: zone === UTC_ALL_YEAR_ZONE ? 0 : 1,
    }))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        a.otherRegion - b.otherRegion ||
        a.isAlias - b.isAlias ||
        a.notUtc - b.notUtc ||
        compareNames(a.zone, b.zone),
    );
  const best = ranked[0];
  if (!best) return { zone: UTC_ALL_YEAR_ZONE, kind: 'nearest' };
  return { zone: best.zone, kind: best.distance === 0 && canonical ? 'same-clock' : 'nearest' };
}

/** The Instantly zone to preselect for a browser zone (`matchInstantlyTimezone`'s zone). */
export function closestInstantlyTimezone(browserZone: string, now: Date): InstantlyTimezone {
  return matchInstantlyTimezone(browserZone, now).zone;
}

/**
 * The sentence under the timezone field: "Your browser is on Europe/London; Instantly's nearest
 * is Europe/Isle_of_Man, on the same clock all year."
 */
export function describeTimezoneMatch(browserZone: string, match: TimezoneMatch): string {
  const browser = `Your browser is on ${browserZone || 'an unknown zone'}`;
  if (match.kind === 'listed') return `${browser}, which Instantly accepts as ${match.zone}.`;
  if (match.kind === 'same-clock')
    return `${browser}; Instantly's nearest is ${match.zone}, on the same clock all year.`;
  return `${browser}; Instantly has no zone on the same clock. The nearest is ${match.zone}, which differs from yours for part of the year: check the next runs below.`;
}
