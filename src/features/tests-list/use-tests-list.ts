import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { placementTestQueries } from '../../api/placement-tests/queries';
import { serverStatusQueries } from '../../api/server-status/queries';
import { NAME_SORTS, toListParams, type ListView } from './list-view';

/** The loaded pages of the list for a view, flattened; the previous view's rows while a new one loads. */
export function useTestsList(view: ListView) {
  const backend = useQuery(serverStatusQueries.status());
  const nameSort = backend.data?.backend === 'emulator';
  // A name-sorted link waits to learn whether the backend can sort by name, instead of
  // flashing the newest-first list first.
  const waitForBackend = NAME_SORTS.includes(view.sort) && backend.isPending;
  const params = toListParams(view, { nameSort });

  const query = useInfiniteQuery({
    ...placementTestQueries.list(params),
    placeholderData: keepPreviousData,
    enabled: !waitForBackend,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return { query, rows, params, nameSort };
}
