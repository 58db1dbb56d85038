import { configureHttp } from '../api/http';

/**
 * The Instantly workspace the browser works in (names only; keys stay on the server). Every API
 * request carries it as `X-Workspace`; switching gives the app a fresh query cache, so two
 * workspaces' data can never mix.
 */
const STORAGE_KEY = 'dashboard-workspace';

export function readWorkspace(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function applyWorkspace(id: string | null) {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode: the choice lasts for this tab only.
  }
  const headers: Record<string, string> = id ? { 'X-Workspace': id } : {};
  configureHttp({ headers: () => headers });
}
