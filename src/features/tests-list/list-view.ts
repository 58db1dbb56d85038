import * as z from 'zod/mini';
import type { ListPlacementTestsParams } from '../../../core/contract/placement-test-requests';
import { STATUSES } from '../../../core/contract/placement-tests';

/**
 * The list's view (search, status filter, sort, page size) lives in the URL so a link, a reload
 * or Back restores it (docs/conventions.md "URL is state"). Anything unknown or malformed in the URL falls
 * back to the default instead of breaking the page: URLs are typed by people and old links.
 */

export const STATUS_FILTERS = ['all', 'active', 'paused', 'completed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORTS = ['newest', 'oldest', 'name', 'name-desc'] as const;
export type ListSort = (typeof SORTS)[number];
/** Sorting by name needs `sort_column`, which Instantly removed in 2025-09 (docs/api/reference.md §3.6). */
export const NAME_SORTS: readonly ListSort[] = ['name', 'name-desc'];

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export type ListView = { q: string; status: StatusFilter; sort: ListSort; size: PageSize };
export const DEFAULT_VIEW: ListView = { q: '', status: 'all', sort: 'newest', size: 25 };

/** The API caps `search` at 500 characters; a search box has no use for more than this. */
export const MAX_SEARCH_LENGTH = 200;

const viewSchema = z.object({
  q: z.catch(
    z.pipe(
      z.string(),
      z.transform((s: string) => s.trim().slice(0, MAX_SEARCH_LENGTH)),
    ),
    DEFAULT_VIEW.q,
  ),
  status: z.catch(z.enum(STATUS_FILTERS), DEFAULT_VIEW.status),
  sort: z.catch(z.enum(SORTS), DEFAULT_VIEW.sort),
  size: z.catch(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((s: string) => Number(s)),
      ),
      z.literal(PAGE_SIZES),
    ),
    DEFAULT_VIEW.size,
  ),
});

export function parseListView(params: URLSearchParams): ListView {
  return viewSchema.parse({
    q: params.get('q') ?? undefined,
    status: params.get('status') ?? undefined,
    sort: params.get('sort') ?? undefined,
    size: params.get('size') ?? undefined,
  });
}

/** Defaults are left out, so the plain list is just `/tests`. */
export function serializeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  const q = view.q.trim();
  if (q) params.set('q', q);
  if (view.status !== DEFAULT_VIEW.status) params.set('status', view.status);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.size !== DEFAULT_VIEW.size) params.set('size', String(view.size));
  return params;
}

export function hasFilters(view: ListView): boolean {
  return view.q !== '' || view.status !== 'all';
}

const STATUS_CODES = {
  active: STATUSES.active,
  paused: STATUSES.paused,
  completed: STATUSES.completed,
} as const;

/**
 * The API query for a view. Name sorts fall back to newest first where the backend lacks
 * `sort_column` (the real API); the emulator keeps it from the seed document (ADR 003).
 */
export function toListParams(
  view: ListView,
  { nameSort }: { nameSort: boolean },
): Omit<ListPlacementTestsParams, 'starting_after'> {
  const sort = !nameSort && NAME_SORTS.includes(view.sort) ? DEFAULT_VIEW.sort : view.sort;
  return {
    limit: view.size,
    ...(view.q ? { search: view.q } : {}),
    ...(view.status !== 'all' ? { status: STATUS_CODES[view.status] } : {}),
    sort_order: sort === 'oldest' || sort === 'name' ? 'asc' : 'desc',
    ...(sort === 'name' || sort === 'name-desc' ? { sort_column: 'name' as const } : {}),
  };
}
