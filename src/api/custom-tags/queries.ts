import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages } from '../common/fetch-all-pages';
import { listCustomTags } from './requests';

export const customTagKeys = {
  all: ['custom-tags'] as const,
  picker: () => [...customTagKeys.all, 'picker'] as const,
};

export const customTagQueries = {
  /** Every item, for a searchable picker in the create form. */
  picker: () =>
    queryOptions({
      queryKey: customTagKeys.picker(),
      queryFn: ({ signal }) => fetchAllPages((startingAfter) => listCustomTags({ limit: 100, starting_after: startingAfter }, signal)),
      staleTime: 5 * 60_000,
    }),
};
