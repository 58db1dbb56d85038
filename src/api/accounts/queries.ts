import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages } from '../common/fetch-all-pages';
import { listAccounts } from './requests';

export const accountKeys = {
  all: ['accounts'] as const,
  picker: () => [...accountKeys.all, 'picker'] as const,
};

export const accountQueries = {
  /** Every item, for a searchable picker in the create form. */
  picker: () =>
    queryOptions({
      queryKey: accountKeys.picker(),
      queryFn: ({ signal }) => fetchAllPages((startingAfter) => listAccounts({ limit: 100, starting_after: startingAfter }, signal)),
      staleTime: 5 * 60_000,
    }),
};
