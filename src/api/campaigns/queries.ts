import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages } from '../common/fetch-all-pages';
import { listCampaigns } from './requests';

export const campaignKeys = {
  all: ['campaigns'] as const,
  picker: () => [...campaignKeys.all, 'picker'] as const,
};

export const campaignQueries = {
  /** Every item, for a searchable picker in the create form. */
  picker: () =>
    queryOptions({
      queryKey: campaignKeys.picker(),
      queryFn: ({ signal }) => fetchAllPages((startingAfter) => listCampaigns({ limit: 100, starting_after: startingAfter }, signal)),
      staleTime: 5 * 60_000,
    }),
};
