import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ListPlacementTestsParams } from '../../../core/contract/placement-test-requests';
import { getEspOptions, getPlacementTest, listPlacementTests } from './requests';

/** Key factory, generic → specific, so one invalidation can hit every list or one detail. */
export const placementTestKeys = {
  all: ['placement-tests'] as const,
  lists: () => [...placementTestKeys.all, 'list'] as const,
  list: (params: Omit<ListPlacementTestsParams, 'starting_after'>) => [...placementTestKeys.lists(), params] as const,
  details: () => [...placementTestKeys.all, 'detail'] as const,
  detail: (id: string) => [...placementTestKeys.details(), id] as const,
  espOptions: () => [...placementTestKeys.all, 'esp-options'] as const,
};

export const placementTestQueries = {
  /** Cursor list over `next_starting_after`; the API gives no total, so neither do we. */
  list: (params: Omit<ListPlacementTestsParams, 'starting_after'>) =>
    infiniteQueryOptions({
      queryKey: placementTestKeys.list(params),
      queryFn: ({ pageParam, signal }) => listPlacementTests({ ...params, starting_after: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.next_starting_after ?? undefined,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: placementTestKeys.detail(id),
      queryFn: ({ signal }) => getPlacementTest(id, signal),
    }),
  /** The options depend on the workspace's plan, not on time: fetch once per session. */
  espOptions: () =>
    queryOptions({
      queryKey: placementTestKeys.espOptions(),
      queryFn: ({ signal }) => getEspOptions(signal),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};
