/**
 * How a run's day (a UTC date, YYYY-MM-DD, as `stats-by-date` and the list's latest-run figures
 * give it) reads on every screen, the same in every ICU version.
 */

// Built on first use, not at import: an Intl format costs milliseconds to build, and this module
// is on the tests list's first route.
let runDate: Intl.DateTimeFormat | null = null;

function parts(date: string): Record<string, string> {
  runDate ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return Object.fromEntries(
    runDate.formatToParts(new Date(`${date}T00:00:00Z`)).map((p) => [p.type, p.value]),
  );
}

/** "Mon 16 Nov 2026". */
export function formatRunDate(date: string): string {
  const p = parts(date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "Mon 16 Nov": a recent run, in a table cell. */
export function formatRunDay(date: string): string {
  const p = parts(date);
  return `${p.weekday} ${p.day} ${p.month}`;
}

/** "16 Nov" for chart axes. */
export function shortRunDate(date: string): string {
  const p = parts(date);
  return `${p.day} ${p.month}`;
}
