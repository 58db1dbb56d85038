/**
 * Display formatting shared by the app and the server. English UI; 'en-GB' by default because
 * it gives 24-hour times and day-month dates, the same clock the schedule uses.
 */

/** What a table cell shows for a missing or unusable value. */
export const EMPTY_VALUE = '—';

const DEFAULT_LOCALE = 'en-GB';

function isFiniteNumber(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/**
 * Intl formatters are costly to build (a new NumberFormat per table cell was the largest item in
 * the list page's first-render profile), so each locale and options pair is built once.
 */
function cached<T>(cache: Map<string, T>, locale: string, options: object, create: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = create();
    cache.set(key, format);
  }
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A 0–100 percentage as the API sends it: 87.456 → "87%", with digits = 1 → "87.5%". */
export function formatPercent(n: number | null | undefined, digits = 0, locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return EMPTY_VALUE;
  // Whole percentages need no Intl in English (its percent format costs ~8 ms to build, in the
  // middle of the list's first figures); Math.round rounds halves up like Intl for
  // n ≥ 0, and below 1,000 there is no separator.
  if (locale === DEFAULT_LOCALE && digits === 0 && n >= 0 && n < 999.5) return `${Math.round(n)}%`;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n / 100);
}

/** 1234 → "1,234". */
export function formatCount(n: number | null | undefined, locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return EMPTY_VALUE;
  // Small integers have no separators in English; skipping Intl here keeps its first (costly)
  // use off the list's first render, where every row counts its inboxes.
  if (locale === DEFAULT_LOCALE && Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/**
 * An ISO timestamp as "1 Dec 2026, 02:30". `timeZone` defaults to the runtime's own zone (the
 * viewer's, in the browser); pass one for stable output on the server and in tests.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zoned = options.timeZone || !viewerTimeZone ? options : { ...options, timeZone: viewerTimeZone };
  return cached(dateFormats, locale, zoned, () => new Intl.DateTimeFormat(locale, zoned));
}

/** Set only while the server draws a page for a viewer elsewhere (ADR 011); the browser never sets it. */
let viewerTimeZone: string | undefined;

/** Runs `draw` with times shown in `timeZone` (an IANA name) wherever no zone is given. */
export function withViewerTimeZone<T>(timeZone: string | undefined, draw: () => T): T {
  const previous = viewerTimeZone;
  viewerTimeZone = timeZone;
  try {
    return draw();
  } finally {
    viewerTimeZone = previous;
  }
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function formatDateTime(
  iso: string | Date | null | undefined,
  locale = DEFAULT_LOCALE,
  timeZone?: string,
): string {
  if (iso === null || iso === undefined || iso === '') return EMPTY_VALUE;
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return EMPTY_VALUE;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(
    date,
  );
}

/** The count with the right noun: (1, 'test') → "1 test", (3, 'inbox', 'inboxes') → "3 inboxes". */
export function pluralize(
  n: number,
  singular: string,
  plural = `${singular}s`,
  locale = DEFAULT_LOCALE,
): string {
  return `${formatCount(n, locale)} ${n === 1 ? singular : plural}`;
}
