/**
 * Date filters accept a date (`2025-06-17`) or a date-time (docs/api/reference.md §7 q8 leaves it open). A
 * bare date covers the whole UTC day, so `date_to=2025-06-17` includes that day's rows.
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function lowerBound(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString();
}

export function upperBound(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return DATE_ONLY.test(value) ? `${value}T23:59:59.999Z` : new Date(value).toISOString();
}

/** The date part echoed back by deliverability-insights (`from`, `to`, …), or null. */
export function dateOnly(value: string | undefined): string | null {
  if (value === undefined) return null;
  return DATE_ONLY.test(value) ? value : new Date(value).toISOString().slice(0, 10);
}
