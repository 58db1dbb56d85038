import { infiniteQueryOptions, queryOptions, type Query, type QueryFilters } from '@tanstack/react-query';
import { fetchAllPages } from '../common/fetch-all-pages';
import {
  getDeliverabilityInsights,
  getStatsByDate,
  getStatsByTestId,
  listAnalytics,
} from './requests';
import type { DeliverabilityInsightsBody, ListAnalyticsParams, StatsByDateBody, StatsByTestIdBody } from '../../../core/contract/analytics';

export type AllRecordsParams = Omit<ListAnalyticsParams, 'starting_after' | 'limit'>;

export const analyticsKeys = {
  all: ['placement-analytics'] as const,
  forTest: (testId: string) => [...analyticsKeys.all, testId] as const,
  records: (params: Omit<ListAnalyticsParams, 'starting_after'>) => [...analyticsKeys.forTest(params.test_id), 'records', params] as const,
  allRecords: (params: AllRecordsParams, maxPages: number) =>
    [...analyticsKeys.forTest(params.test_id), 'all-records', params, maxPages] as const,
  statsByTestId: (body: StatsByTestIdBody) => [...analyticsKeys.all, 'stats-by-test-id', body] as const,
  insights: (body: DeliverabilityInsightsBody) => [...analyticsKeys.forTest(body.test_id), 'insights', body] as const,
  statsByDate: (body: StatsByDateBody) => [...analyticsKeys.forTest(body.test_id), 'stats-by-date', body] as const,
};

/**
 * Everything cached about one test's results: its own queries, and the totals of any list of
 * tests that includes it (stats-by-test-id is keyed by its body, not by one test).
 */
export function analyticsOfTest(testId: string): QueryFilters {
  return {
    queryKey: analyticsKeys.all,
    predicate: (query: Query) => {
      const [, scope, body] = query.queryKey;
      if (scope === testId) return true;
      return scope === 'stats-by-test-id' && (body as StatsByTestIdBody).test_ids.includes(testId);
    },
  };
}

export const analyticsQueries = {
  records: (params: Omit<ListAnalyticsParams, 'starting_after'>) =>
    infiniteQueryOptions({
      queryKey: analyticsKeys.records(params),
      queryFn: ({ pageParam, signal }) => listAnalytics({ ...params, starting_after: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.next_starting_after ?? undefined,
    }),
  /**
   * Every row matching `params`, walked page by page for per-sender and per-domain figures the
   * stats endpoints do not give. Bounded: `truncated` says when `maxPages` cut it short.
   */
  allRecords: (params: AllRecordsParams, maxPages = 50) =>
    queryOptions({
      queryKey: analyticsKeys.allRecords(params, maxPages),
      queryFn: ({ signal }) =>
        fetchAllPages(
          (startingAfter) => listAnalytics({ ...params, limit: 100, starting_after: startingAfter }, signal),
          maxPages,
        ),
    }),
  statsByTestId: (body: StatsByTestIdBody) =>
    queryOptions({
      queryKey: analyticsKeys.statsByTestId(body),
      queryFn: ({ signal }) => getStatsByTestId(body, signal),
    }),
  insights: (body: DeliverabilityInsightsBody) =>
    queryOptions({
      queryKey: analyticsKeys.insights(body),
      queryFn: ({ signal }) => getDeliverabilityInsights(body, signal),
    }),
  statsByDate: (body: StatsByDateBody) =>
    queryOptions({
      queryKey: analyticsKeys.statsByDate(body),
      queryFn: ({ signal }) => getStatsByDate(body, signal),
    }),
};
