import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages } from '../common/fetch-all-pages';
import { listAccounts } from './requests';

export const accountKeys = {
  all: ['accounts'] as const,
  picker: () => [...accountKeys.all, 'picker'] as const,
  tagged: (tagIds: readonly string[]) => [...accountKeys.all, 'tagged', [...tagIds].sort()] as const,
};

export const accountQueries = {
  /** Every item, for a searchable picker in the create form. */
  picker: () =>
    queryOptions({
      queryKey: accountKeys.picker(),
      queryFn: ({ signal }) => fetchAllPages((startingAfter) => listAccounts({ limit: 100, starting_after: startingAfter }, signal)),
      staleTime: 5 * 60_000,
    }),
  /** Every account carrying any of `tagIds` (the senders a test's `tags` select). */
  tagged: (tagIds: readonly string[]) =>
    queryOptions({
      queryKey: accountKeys.tagged(tagIds),
      queryFn: ({ signal }) =>
        fetchAllPages((startingAfter) =>
          listAccounts({ limit: 100, tag_ids: [...tagIds].sort().join(','), starting_after: startingAfter }, signal),
        ),
      staleTime: 5 * 60_000,
      enabled: tagIds.length > 0,
    }),
};
