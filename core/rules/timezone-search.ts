import { INSTANTLY_TIMEZONES, type InstantlyTimezone } from '../contract/timezones';
import { utcOffsetMinutes } from './schedule';
import { matchInstantlyTimezone } from './timezone-choice';
import { COUNTRY_ZONES, ZONE_ABBREVIATIONS, ZONE_NAMES } from './timezone-names';
import { knownZones } from './timezone-offsets';

/**
 * Finding one of Instantly's zones the way people name their time: a city ("New York"), a
 * country ("Germany"), an abbreviation ("EST", "CET") or a UTC offset ("UTC-5", "+01:00").
 * A city or country outside Instantly's list finds the listed zone `matchInstantlyTimezone`
 * maps it to, with a hint saying so: "same clock as New York", "nearest to Los Angeles".
 */

/** Lower case, no accents, "_" and "/" as spaces: "São_Paulo" and "sao paulo" meet. */
export function normalizeZoneText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "UTC-5", "GMT+5:30", "+01:00", "-0330", "UTC" → minutes east of UTC; null if not an offset. */
export function parseUtcOffset(text: string): number | null {
  const match = /^(?:utc|gmt)?\s*(?:([+\-\u2212±])\s*(\d{1,2})(?::?(\d{2}))?)?$/i.exec(text.trim());
  if (!match || (!match[1] && !/^(utc|gmt)$/i.test(text.trim()))) return null;
  const hours = Number(match[2] ?? 0);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  const sign = match[1] === '-' || match[1] === '\u2212' ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

const haystacks = new Map<string, string>();

/** The zone's id and the English names Intl gives it ("Eastern Standard Time", "Serbia Time"). */
function haystack(zone: InstantlyTimezone, year: number): string {
  let text = haystacks.get(zone);
  if (text === undefined) {
    const names: string[] = [zone];
    for (const timeZoneName of ['long', 'longGeneric', 'shortGeneric'] as const) {
      try {
        const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName });
        for (const month of [0, 6]) {
          const part = format.formatToParts(new Date(Date.UTC(year, month, 15)));
          names.push(part.find((p) => p.type === 'timeZoneName')?.value ?? '');
        }
      } catch {
        // An older Intl without generic names: the id alone.
      }
    }
    text = normalizeZoneText(names.join(' | '));
    haystacks.set(zone, text);
  }
  return text;
}

const cityOf = (zone: string) =>
  zone
    .slice(zone.indexOf('/') + 1)
    .split('/')
    .pop()
    ?.replace(/_/g, ' ') ?? zone;

/**
 * Instantly's zones that `query` finds, each with how it was found: null when the zone itself
 * matches (its name, its offset), else a hint such as "same clock as New York". An empty query
 * finds nothing; the caller shows every zone then.
 */
export function searchTimezones(
  query: string,
  now: Date,
  zones: readonly string[] = knownZones(),
): Map<InstantlyTimezone, string | null> {
  const found = new Map<InstantlyTimezone, string | null>();
  const q = normalizeZoneText(query);
  if (!q) return found;
  const year = now.getUTCFullYear();

  const offset = parseUtcOffset(query);
  if (offset !== null) {
    const instants = [now, new Date(Date.UTC(year, 0, 15)), new Date(Date.UTC(year, 6, 15))];
    for (const zone of INSTANTLY_TIMEZONES)
      if (instants.some((at) => utcOffsetMinutes(zone, at) === offset)) found.set(zone, null);
  }
  // At the start of a word: "EST" is not in "Western European Standard Time", "york" is in "New York".
  for (const zone of INSTANTLY_TIMEZONES)
    if (` ${haystack(zone, year)}`.includes(` ${q}`)) found.set(zone, null);

  const via = (ianaZone: string, source: string) => {
    const match = matchInstantlyTimezone(ianaZone, now);
    if (found.has(match.zone)) return;
    found.set(match.zone, `${match.kind === 'nearest' ? 'nearest to' : 'same clock as'} ${source}`);
  };
  for (const ianaZone of ZONE_ABBREVIATIONS[query.trim().toUpperCase()] ?? [])
    via(ianaZone, `${query.trim().toUpperCase()} (${cityOf(ianaZone)})`);
  if (q.length < 2) return found;
  for (const [name, ianaZones] of Object.entries(ZONE_NAMES))
    if (q.length >= 3 && (name.startsWith(q) || q.startsWith(name)))
      for (const ianaZone of ianaZones)
        via(ianaZone, `${name[0]?.toUpperCase()}${name.slice(1)} time (${cityOf(ianaZone)})`);
  for (const { names, zones: countryZones } of COUNTRY_ZONES) {
    const name = names.find((n) => {
      const normal = normalizeZoneText(n);
      return q.length < 3 ? normal === q : normal.startsWith(q);
    });
    if (name) for (const ianaZone of countryZones) via(ianaZone, `${cityOf(ianaZone)}, ${name}`);
  }
  if (q.length >= 3)
    for (const ianaZone of zones)
      if (` ${normalizeZoneText(cityOf(ianaZone))}`.includes(` ${q}`)) via(ianaZone, cityOf(ianaZone));
  return found;
}
