import type { QueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import type { ListPlacementTestsParams } from '../../core/contract/placement-test-requests';
import { analyticsQueries } from '../api/analytics/queries';
import { statsByTestIdAnswerSchema } from '../api/analytics/requests';
import type { TestStats } from '../../core/contract/analytics';
import { placementTestQueries } from '../api/placement-tests/queries';
import { placementTestsPageSchema } from '../api/placement-tests/requests';
import { serverStatusQueries } from '../api/server-status/queries';
import { serverStatusSchema, type ServerStatus } from '../../core/contract/server-status';
import { FIRST_PAGE_ELEMENT_ID, scriptJson } from '../../core/contract/first-paint';
import { NAME_SORTS, parseListView, toListParams } from '../features/tests-list/list-view';
import { inboxRatesBody } from '../features/tests-list/use-inbox-rates';
import { runDayBody } from '../features/tests-list/use-latest-runs';

export type FirstPageParams = Omit<ListPlacementTestsParams, 'starting_after'>;

/**
 * The first page of the list as the server fetched it to draw the page (server/first-paint/first-paint.ts),
 * handed to the app in the HTML so it starts from the same rows without asking again.
 */
export interface FirstPage {
  /** The workspace it was fetched for (`null`: the server's default). */
  workspace: string | null;
  params: FirstPageParams;
  /** When the server received it (ms since the epoch): it goes stale like any other answer. */
  fetchedAt: number;
  /**
   * The API's answer as the list's schema gave it back on the server (unknown fields dropped),
   * so the browser does not check it again: it comes from its own server in the same document.
   */
  page: PlacementTestsPage;
  /** The page's Inbox figures (stats-by-test-id), checked the same way; absent if they were late. */
  stats?: TestStats[];
  /** The automated tests' figures per day they may have run (their latest runs); days that were late are absent. */
  runDays?: RunDayFigures[];
  /** When each automated test may have run in the look-back window, as of `fetchedAt` (features/tests-list/handed-run-days.ts). */
  runStarts?: Record<string, number[]>;
  /** What `/api/status` would have said (the header's backend badge and workspace switcher). */
  status?: ServerStatus;
}

export interface RunDayFigures {
  date: string;
  testIds: string[];
  stats: TestStats[];
}

export type PlacementTestsPage = z.infer<typeof placementTestsPageSchema>;

/** The answer checked with the schema the app's own requests use; `null` if it fails. */
export function checkPage(answer: unknown): PlacementTestsPage | null {
  const parsed = placementTestsPageSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

/** The server's status checked with the app's schema; `null` if it fails. */
export function checkStatus(answer: unknown): ServerStatus | null {
  const parsed = serverStatusSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

/** The stats-by-test-id answer checked with the app's schema; `null` if it fails. */
export function checkStats(answer: unknown): TestStats[] | null {
  const parsed = statsByTestIdAnswerSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

/**
 * The API query of the list page an address opens, or `null` for other screens and for name
 * sorts (whether the backend can sort by name is known only once `/api/status` answers).
 */
export function firstPageParams(location: { pathname: string; search: string }): FirstPageParams | null {
  if (location.pathname !== '/tests' && location.pathname !== '/') return null;
  const view = parseListView(new URLSearchParams(location.search));
  if (NAME_SORTS.includes(view.sort)) return null;
  return toListParams(view, { nameSort: false });
}

/**
 * Puts a first page into the cache under the list's own key, if it is for this workspace and
 * this query. Returns whether it did; if not, the app asks the API itself.
 */
export function seedFirstPage(
  queryClient: QueryClient,
  firstPage: FirstPage,
  expected: { workspace: string | null; params: FirstPageParams },
): boolean {
  if (firstPage.workspace !== expected.workspace) return false;
  if (JSON.stringify(firstPage.params) !== JSON.stringify(expected.params)) return false;
  // A client clock behind the server's must not make the answers look fresher than they are.
  const updatedAt = Math.min(firstPage.fetchedAt, Date.now());
  queryClient.setQueryData(
    placementTestQueries.list(expected.params).queryKey,
    { pages: [firstPage.page], pageParams: [undefined] },
    { updatedAt },
  );
  if (firstPage.stats && firstPage.page.items.length > 0) {
    queryClient.setQueryData(analyticsQueries.statsByTestId(inboxRatesBody(firstPage.page)).queryKey, firstPage.stats, {
      updatedAt,
    });
  }
  for (const day of firstPage.runDays ?? []) {
    queryClient.setQueryData(analyticsQueries.statsByTestId(runDayBody(day)).queryKey, day.stats, { updatedAt });
  }
  if (firstPage.status) queryClient.setQueryData(serverStatusQueries.status().queryKey, firstPage.status, { updatedAt });
  return true;
}

export function firstPageJson(firstPage: FirstPage): string {
  return scriptJson(firstPage);
}

/** What the server left in the HTML, read once: the first page it drew, or a wait the API asked for. */
export function takeFirstPage(doc: Document = document): { firstPage: FirstPage | null; retryAfterMs: number | null } {
  const none = { firstPage: null, retryAfterMs: null };
  const element = doc.getElementById(FIRST_PAGE_ELEMENT_ID);
  if (!element) return none;
  element.remove();
  try {
    const value = JSON.parse(element.textContent ?? '') as (Partial<FirstPage> & { retryAfterMs?: unknown }) | null;
    if (typeof value?.retryAfterMs === 'number' && value.retryAfterMs >= 0) return { firstPage: null, retryAfterMs: value.retryAfterMs };
    if (!value || typeof value.fetchedAt !== 'number' || !value.params || !Array.isArray(value.page?.items)) return none;
    const { workspace = null, params, fetchedAt, page, stats, runDays, runStarts, status } = value;
    const firstPage: FirstPage = {
      workspace,
      params,
      fetchedAt,
      page,
      ...(Array.isArray(stats) ? { stats } : {}),
      ...(Array.isArray(runDays) ? { runDays } : {}),
      ...(runStarts && typeof runStarts === 'object' && !Array.isArray(runStarts) ? { runStarts } : {}),
      ...(status && typeof status === 'object' ? { status } : {}),
    };
    return { firstPage, retryAfterMs: null };
  } catch {
    return none;
  }
}
