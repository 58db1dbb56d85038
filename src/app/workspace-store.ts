import { configureHttp } from '../api/http';
import { COOKIES, readCookie, writeCookie } from '../../core/rules/cookies';

/**
 * The Instantly workspace the browser works in (names only; keys stay on the server). Every API
 * request carries it as `X-Workspace`; switching gives the app a fresh query cache, so two
 * workspaces' data can never mix. Kept in a cookie so the server draws the first page of the
 * same workspace (server/first-paint/first-paint.ts).
 */
export function readWorkspace(): string | null {
  return readCookie(document.cookie, COOKIES.workspace) || takeStoredWorkspace();
}

/** Where the choice was kept before it moved to a cookie: read once, then removed. */
const OLD_STORAGE_KEY = 'dashboard-workspace';

function takeStoredWorkspace(): string | null {
  try {
    const id = localStorage.getItem(OLD_STORAGE_KEY);
    localStorage.removeItem(OLD_STORAGE_KEY);
    return id || null;
  } catch {
    return null;
  }
}

export function applyWorkspace(id: string | null) {
  writeCookie(COOKIES.workspace, id);
  const headers: Record<string, string> = id ? { 'X-Workspace': id } : {};
  configureHttp({ headers: () => headers });
}
