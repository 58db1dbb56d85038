/** "Fri, 20 Nov 2026" for a run day (a UTC date), as the test page's "Results for" names runs. */
export function runLabel(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
