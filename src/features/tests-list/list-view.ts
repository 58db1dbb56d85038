import type { ListPlacementTestsParams } from '../../../core/contract/placement-test-requests';
import { ESP_CODES, type EspCode } from '../../../core/contract/common';
import { STATUSES } from '../../../core/contract/placement-tests';

/**
 * The list's view (search, filters, sort, page size, which figures) lives in the URL so a link,
 * a reload or Back restores it (docs/conventions.md "URL is state"). Anything unknown or
 * malformed in the URL falls back to the default instead of breaking the page: URLs are typed by
 * people and old links. Read with plain checks, not a schema: this runs before the first row is
 * drawn, and a schema would be built at import time on the first route (ADR 019).
 */

export const STATUS_FILTERS = ['all', 'active', 'paused', 'completed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORTS = [
  'newest',
  'oldest',
  'name',
  'name-desc',
  'inbox-low',
  'inbox-high',
  'spam-high',
  'drop',
  'last-run',
] as const;
export type ListSort = (typeof SORTS)[number];
/** Sorting by name needs `sort_column`, which Instantly removed in 2025-09 (docs/api/reference.md §3.6). */
export const NAME_SORTS: readonly ListSort[] = ['name', 'name-desc'];
/** Sorts by the latest-run figures: the API cannot, so they order the tests loaded so far (ADR 019). */
export const FIGURE_SORTS: readonly ListSort[] = ['inbox-low', 'inbox-high', 'spam-high', 'drop', 'last-run'];

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const TYPE_FILTERS = ['all', 'one-time', 'automated'] as const;
export const METHOD_FILTERS = ['all', 'instantly', 'outside'] as const;
export const FIGURE_MODES = ['latest', 'all-time'] as const;

export type ListView = {
  q: string;
  status: StatusFilter;
  sort: ListSort;
  size: PageSize;
  /** Latest run's inbox share below this percentage (1–100); null: any. */
  below: number | null;
  /** Only tests Instantly reports as not sending. */
  notSending: boolean;
  type: (typeof TYPE_FILTERS)[number];
  method: (typeof METHOD_FILTERS)[number];
  /** A seed provider the test sends to; null: any. */
  provider: EspCode | null;
  /** Which figures the Inbox and Spam columns show: the latest run's, or all-time. */
  figures: (typeof FIGURE_MODES)[number];
};
export const DEFAULT_VIEW: ListView = {
  q: '',
  status: 'all',
  sort: 'newest',
  size: 25,
  below: null,
  notSending: false,
  type: 'all',
  method: 'all',
  provider: null,
  figures: 'latest',
};

/** The API caps `search` at 500 characters; a search box has no use for more than this. */
export const MAX_SEARCH_LENGTH = 200;

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A whole number in the URL ("50", "50.0"), or null. */
function whole(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

export function parseListView(params: URLSearchParams): ListView {
  const size = whole(params.get('size'));
  const below = whole(params.get('below'));
  const provider = whole(params.get('provider'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH),
    status: oneOf(STATUS_FILTERS, params.get('status'), DEFAULT_VIEW.status),
    sort: oneOf(SORTS, params.get('sort'), DEFAULT_VIEW.sort),
    size: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_VIEW.size,
    below: below !== null && below >= 1 && below <= 100 ? below : null,
    notSending: params.get('not-sending') === '1',
    type: oneOf(TYPE_FILTERS, params.get('type'), DEFAULT_VIEW.type),
    method: oneOf(METHOD_FILTERS, params.get('method'), DEFAULT_VIEW.method),
    provider: ESP_CODES.find((c) => c === provider) ?? null,
    figures: oneOf(FIGURE_MODES, params.get('figures'), DEFAULT_VIEW.figures),
  };
}

/** Defaults are left out, so the plain list is just `/tests`. */
export function serializeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  const q = view.q.trim();
  if (q) params.set('q', q);
  if (view.status !== DEFAULT_VIEW.status) params.set('status', view.status);
  if (view.below !== null) params.set('below', String(view.below));
  if (view.notSending) params.set('not-sending', '1');
  if (view.type !== DEFAULT_VIEW.type) params.set('type', view.type);
  if (view.method !== DEFAULT_VIEW.method) params.set('method', view.method);
  if (view.provider !== null) params.set('provider', String(view.provider));
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.size !== DEFAULT_VIEW.size) params.set('size', String(view.size));
  if (view.figures !== DEFAULT_VIEW.figures) params.set('figures', view.figures);
  return params;
}

/** The filters that narrow the list (not the sort, page size or figures). */
export const FILTER_DEFAULTS: Pick<
  ListView,
  'q' | 'status' | 'below' | 'notSending' | 'type' | 'method' | 'provider'
> = {
  q: DEFAULT_VIEW.q,
  status: DEFAULT_VIEW.status,
  below: DEFAULT_VIEW.below,
  notSending: DEFAULT_VIEW.notSending,
  type: DEFAULT_VIEW.type,
  method: DEFAULT_VIEW.method,
  provider: DEFAULT_VIEW.provider,
};

export function hasFilters(view: ListView): boolean {
  return (Object.keys(FILTER_DEFAULTS) as (keyof typeof FILTER_DEFAULTS)[]).some(
    (k) => view[k] !== FILTER_DEFAULTS[k],
  );
}

/**
 * A search with "@" or "." is for a sender (an address or a domain): the API searches names
 * only, so it matches the loaded tests' names and sender addresses here instead (ADR 019).
 */
export function isSenderSearch(q: string): boolean {
  return /[@.]/.test(q);
}

/** Whether the view sorts or filters on what the API cannot: then it applies to the tests loaded so far. */
export function refinesLoaded(view: ListView): boolean {
  return (
    FIGURE_SORTS.includes(view.sort) ||
    isSenderSearch(view.q) ||
    view.below !== null ||
    view.notSending ||
    view.type !== 'all' ||
    view.method !== 'all' ||
    view.provider !== null
  );
}

const STATUS_CODES = {
  active: STATUSES.active,
  paused: STATUSES.paused,
  completed: STATUSES.completed,
} as const;

/**
 * The API query for a view. Name sorts fall back to newest first where the backend lacks
 * `sort_column` (the real API); the emulator keeps it from the seed document (ADR 003). Figure
 * sorts and sender searches are done on the loaded tests, newest first from the API.
 */
export function toListParams(
  view: ListView,
  { nameSort }: { nameSort: boolean },
): Omit<ListPlacementTestsParams, 'starting_after'> {
  const sort =
    (!nameSort && NAME_SORTS.includes(view.sort)) || FIGURE_SORTS.includes(view.sort)
      ? DEFAULT_VIEW.sort
      : view.sort;
  return {
    limit: view.size,
    ...(view.q && !isSenderSearch(view.q) ? { search: view.q } : {}),
    ...(view.status !== 'all' ? { status: STATUS_CODES[view.status] } : {}),
    sort_order: sort === 'oldest' || sort === 'name' ? 'asc' : 'desc',
    ...(sort === 'name' || sort === 'name-desc' ? { sort_column: 'name' as const } : {}),
  };
}
