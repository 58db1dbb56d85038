import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { analyticsQueries } from '../../api/analytics/queries';
import { getErrorMessage } from '../../api/errors';
import type { TestStats } from '../../../core/contract/analytics';
import type { PlacementTest } from '../../../core/contract/placement-tests';

/** What the list knows about one test's results: still asking, could not ask, or the totals. */
export type InboxRate =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; stats: TestStats | null };

// The same object for the same answer, so memoized rows re-render only when their figures change.
const LOADING: InboxRate = { state: 'loading' };
const NO_RESULTS: InboxRate = { state: 'ready', stats: null };
const readyRates = new WeakMap<TestStats, InboxRate>();
function ready(stats: TestStats | undefined): InboxRate {
  if (!stats) return NO_RESULTS;
  let rate = readyRates.get(stats);
  if (!rate) {
    rate = { state: 'ready', stats };
    readyRates.set(stats, rate);
  }
  return rate;
}

/** The stats-by-test-id question for one page of tests (the server asks it too, ADR 011). */
export function inboxRatesBody(page: { items: readonly PlacementTest[] }) {
  return { test_ids: page.items.map((t) => t.id) };
}

/**
 * Inbox, spam and category totals of every loaded test (docs/product.md: "how the last run went"
 * while scanning the list), one `stats-by-test-id` call per page of tests, so "Load more" asks
 * only for the new page. A test without a row in the answer has no results yet (`stats: null`).
 */
export function useInboxRates(
  pages: readonly { items: readonly PlacementTest[] }[],
): ReadonlyMap<string, InboxRate> {
  const withItems = useMemo(() => pages.filter((page) => page.items.length > 0), [pages]);
  // Stable while the pages are: TanStack Query then hands back the same Map until an answer
  // changes, so the deferred context below does not re-render the cells on every list render.
  const combine = useCallback(
    (results: UseQueryResult<TestStats[]>[]) => {
      const rates = new Map<string, InboxRate>();
      results.forEach((result, i) => {
        const byId = new Map((result.data ?? []).map((stats) => [stats.test_id, stats]));
        for (const t of withItems[i]?.items ?? []) {
          if (result.data) rates.set(t.id, ready(byId.get(t.id)));
          else if (result.isError)
            rates.set(t.id, { state: 'error', message: getErrorMessage(result.error) });
          else rates.set(t.id, LOADING);
        }
      });
      return rates;
    },
    [withItems],
  );
  return useQueries({
    queries: withItems.map((page) => ({
      ...analyticsQueries.statsByTestId(inboxRatesBody(page)),
      staleTime: 60_000,
    })),
    combine,
  });
}
