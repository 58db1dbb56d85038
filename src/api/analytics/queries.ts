import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  getDeliverabilityInsights,
  getStatsByDate,
  getStatsByTestId,
  listAnalytics,
} from './requests';
import type { DeliverabilityInsightsBody, ListAnalyticsParams, StatsByDateBody, StatsByTestIdBody } from './schemas';

export const analyticsKeys = {
  all: ['placement-analytics'] as const,
  forTest: (testId: string) => [...analyticsKeys.all, testId] as const,
  records: (params: Omit<ListAnalyticsParams, 'starting_after'>) => [...analyticsKeys.forTest(params.test_id), 'records', params] as const,
  statsByTestId: (body: StatsByTestIdBody) => [...analyticsKeys.all, 'stats-by-test-id', body] as const,
  insights: (body: DeliverabilityInsightsBody) => [...analyticsKeys.forTest(body.test_id), 'insights', body] as const,
  statsByDate: (body: StatsByDateBody) => [...analyticsKeys.forTest(body.test_id), 'stats-by-date', body] as const,
};

export const analyticsQueries = {
  records: (params: Omit<ListAnalyticsParams, 'starting_after'>) =>
    infiniteQueryOptions({
      queryKey: analyticsKeys.records(params),
      queryFn: ({ pageParam, signal }) => listAnalytics({ ...params, starting_after: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.next_starting_after ?? undefined,
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
