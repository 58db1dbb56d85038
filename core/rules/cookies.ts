/**
 * The small preferences the server needs before any script runs (workspace, colour scheme, time
 * zone), so the first page it sends matches what the app will draw. Names and values are plain and
 * public: never a key or a session (the session cookie is HttpOnly and set by the server).
 */
/** The cookies the browser writes; the server reads them to draw the first page. */
export const COOKIES = { workspace: 'dashboard-workspace', colorScheme: 'color-scheme', timeZone: 'time-zone' } as const;

export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Sets (or, with `null`, removes) a cookie for the whole site; Lax, so no other site sends it. */
export function writeCookie(name: string, value: string | null) {
  const maxAge = value === null ? 0 : ONE_YEAR_SECONDS;
  document.cookie = `${name}=${encodeURIComponent(value ?? '')}; Path=/; Max-Age=${maxAge}; SameSite=Lax`;
}
