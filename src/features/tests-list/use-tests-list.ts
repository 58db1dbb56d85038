import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { placementTestQueries } from '../../api/placement-tests/queries';
import { serverStatusQueries } from '../../api/server-status/queries';
import { NAME_SORTS, toListParams, type ListView } from './list-view';

/**
 * The loaded pages of the list for a view, flattened; the previous view's rows while a new one loads.
 *
 * `shown` is what the table renders: a deferred copy of the data, so a new page of rows renders
 * in the background in small slices (React transitions) instead of one long task, and typing or
 * clicking during it stays responsive. Data, placeholder flag and "more pages" are deferred
 * together, so nothing pairs new data with an old flag, and "Load more" never shows under the
 * skeleton only to jump down when the rows arrive.
 */
export function useTestsList(view: ListView) {
  // Only whether the backend sorts by name: the page re-renders when that changes, not on every status poll.
  const backend = useQuery({
    ...serverStatusQueries.status(),
    select: (status) => status.backend === 'emulator',
  });
  const nameSort = backend.data === true;
  // A name-sorted link waits to learn whether the backend can sort by name, instead of
  // flashing the newest-first list first.
  const waitForBackend = NAME_SORTS.includes(view.sort) && backend.isPending;
  const params = toListParams(view, { nameSort });

  const query = useInfiniteQuery({
    ...placementTestQueries.list(params),
    placeholderData: keepPreviousData,
    enabled: !waitForBackend,
  });
  const snapshot = useMemo(
    () => ({ data: query.data, isPlaceholderData: query.isPlaceholderData, hasNextPage: query.hasNextPage }),
    [query.data, query.isPlaceholderData, query.hasNextPage],
  );
  const shown = useDeferredValue(snapshot);
  const rows = useMemo(() => shown.data?.pages.flatMap((page) => page.items) ?? [], [shown.data]);
  return { query, shown, rows, params, nameSort };
}
