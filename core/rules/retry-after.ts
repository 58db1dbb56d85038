/**
 * How long a `Retry-After` header asks to wait, in ms: seconds or an HTTP date (`null` when
 * missing or unreadable). The browser's client and the server's first-page fetch both honour it.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
