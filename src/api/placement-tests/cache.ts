import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { CursorPage } from '../../../core/contract/common';
import { placementTestKeys } from './queries';
import type { PlacementTest, PlacementTestDetail } from '../../../core/contract/placement-tests';

type ListData = InfiniteData<CursorPage<PlacementTest>, string | undefined>;

/** Apply `update` to the test with `id` wherever it is cached: every list page and its detail. */
export function updateCachedTest(
  queryClient: QueryClient,
  id: string,
  update: (test: PlacementTest) => PlacementTest,
) {
  queryClient.setQueriesData<ListData>({ queryKey: placementTestKeys.lists() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((t) => (t.id === id ? update(t) : t)),
          })),
        }
      : data,
  );
  queryClient.setQueryData<PlacementTestDetail>(placementTestKeys.detail(id), (detail) =>
    detail ? { ...detail, ...update(detail) } : detail,
  );
}

export function removeCachedTest(queryClient: QueryClient, id: string) {
  queryClient.setQueriesData<ListData>({ queryKey: placementTestKeys.lists() }, (data) =>
    data
      ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((t) => t.id !== id) })) }
      : data,
  );
  queryClient.removeQueries({ queryKey: placementTestKeys.detail(id), exact: true });
}

/** The status currently cached for a test (detail first, then any list page). */
export function getCachedStatus(queryClient: QueryClient, id: string): PlacementTest['status'] | undefined {
  const detail = queryClient.getQueryData<PlacementTestDetail>(placementTestKeys.detail(id));
  if (detail) return detail.status;
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: placementTestKeys.lists() })) {
    const found = data?.pages.flatMap((p) => p.items).find((t) => t.id === id);
    if (found) return found.status;
  }
  return undefined;
}
