import { utcOffsetMinutes } from './schedule';

/**
 * What makes two zones interchangeable for a schedule: the same UTC offset at every instant of
 * the year, DST season included. Sampled weekly: DST rules that differ (the US and the EU change
 * clocks two to three weeks apart, the south in the opposite season) always differ for at least
 * one week, and a weekly sample is cheap enough (53 offsets a zone, cached).
 */
const WEEK_MS = 7 * 86_400_000;
const SAMPLES = 53;

/** Every 13th week (January, April, July, October): enough to rule most zones out cheaply. */
const COARSE = [0, 13, 26, 39];

const profiles = new Map<string, readonly number[] | null>();

function sampled(timeZone: string, year: number, weeks: readonly number[], cache: string) {
  const key = `${cache} ${year} ${timeZone}`;
  if (!profiles.has(key)) {
    let profile: number[] | null = null;
    try {
      const start = Date.UTC(year, 0, 1, 12);
      profile = weeks.map((week) => utcOffsetMinutes(timeZone, new Date(start + week * WEEK_MS)));
    } catch {
      profile = null;
    }
    profiles.set(key, profile);
  }
  return profiles.get(key) ?? null;
}

const WEEKS = Array.from({ length: SAMPLES }, (_, i) => i);

/** The zone's offsets, in minutes, at noon UTC every 7 days from 1 January of `year`; null if unknown. */
export function offsetProfile(timeZone: string, year: number): readonly number[] | null {
  return sampled(timeZone, year, WEEKS, 'weekly');
}

/** Four of `offsetProfile`'s samples, a quarter apart: a zone far off here is far off all year. */
export function coarseProfile(timeZone: string, year: number): readonly number[] | null {
  return sampled(timeZone, year, COARSE, 'coarse');
}

/** Minutes of disagreement summed over the samples: 0 means the same clock all year. */
export function profileDistance(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, offset, i) => sum + Math.abs(offset - (b[i] ?? 0)), 0);
}

const canonicals = new Map<string, string | null>();

/** ICU's id for a zone (Asia/Kolkata and Asia/Calcutta share one), or null if Intl does not know it. */
export function canonicalZone(timeZone: string): string | null {
  if (!canonicals.has(timeZone)) {
    let canonical: string | null = null;
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    canonicals.set(timeZone, canonical);
  }
  return canonicals.get(timeZone) ?? null;
}

/** Every zone id the runtime knows (the browser's list), or none where Intl cannot say. */
export function knownZones(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}
