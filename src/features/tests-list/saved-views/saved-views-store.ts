/**
 * Saved views of the tests list: a name and the list's URL query, kept in this browser's
 * localStorage (ADR 019: no API to keep them in, and a view is a link anyway). Shared by the
 * toolbar that saves them and the sidebar that opens them, through useSyncExternalStore.
 */

export interface SavedView {
  name: string;
  /** The list's query string without "?", e.g. "below=80&sort=inbox-low". */
  search: string;
}

export const SAVED_VIEWS_KEY = 'tests-list.saved-views';
export const MAX_VIEW_NAME = 60;
const NONE: readonly SavedView[] = [];

let cache: { raw: string | null; views: readonly SavedView[] } = { raw: null, views: NONE };
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage blocked (privacy settings): no saved views, nothing breaks.
    return null;
  }
}

/** The saved views, the same array while storage is unchanged. Malformed entries are skipped. */
export function readSavedViews(): readonly SavedView[] {
  const raw = storage()?.getItem(SAVED_VIEWS_KEY) ?? null;
  if (raw === cache.raw) return cache.views;
  let views: SavedView[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed))
      views = parsed.filter(
        (v): v is SavedView =>
          typeof v?.name === 'string' && typeof v?.search === 'string' && v.name.trim() !== '',
      );
  } catch {
    views = [];
  }
  cache = { raw, views };
  return views;
}

function write(views: readonly SavedView[]): boolean {
  try {
    storage()?.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    return false;
  }
  listeners.forEach((l) => l());
  return true;
}

/** Checks a name for a new view: an error message, or null when it can be saved. */
export function viewNameError(name: string, views: readonly SavedView[]): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the view a name';
  if (trimmed.length > MAX_VIEW_NAME) return `At most ${MAX_VIEW_NAME} characters`;
  if (views.some((v) => v.name.toLowerCase() === trimmed.toLowerCase()))
    return 'A saved view already has this name';
  return null;
}

export function saveView(view: SavedView): boolean {
  return write([...readSavedViews(), { name: view.name.trim(), search: view.search }]);
}

export function deleteView(name: string): boolean {
  return write(readSavedViews().filter((v) => v.name !== name));
}

export function subscribeSavedViews(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab saved or deleted one.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_VIEWS_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const serverSavedViews = () => NONE;
