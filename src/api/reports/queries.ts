import { infiniteQueryOptions } from '@tanstack/react-query';
import { listReports } from './requests';
import type { ListReportsParams } from '../../../core/contract/reports';

export const reportKeys = {
  all: ['placement-reports'] as const,
  forTest: (testId: string) => [...reportKeys.all, testId] as const,
  list: (params: Omit<ListReportsParams, 'starting_after'>) => [...reportKeys.forTest(params.test_id), 'list', params] as const,
};

export const reportQueries = {
  list: (params: Omit<ListReportsParams, 'starting_after'>) =>
    infiniteQueryOptions({
      queryKey: reportKeys.list(params),
      queryFn: ({ pageParam, signal }) => listReports({ ...params, starting_after: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.next_starting_after ?? undefined,
    }),
};
