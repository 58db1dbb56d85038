import type { QueryClient } from '@tanstack/react-query';
import { placementTestQueries } from '../api/placement-tests/queries';
import { firstPageParams, seedFirstPage, type FirstPage } from './first-page';
import { handOverRunStarts } from '../features/tests-list/handed-run-days';

/**
 * Starts the list the address opens before the app has rendered (render-as-you-fetch): from the
 * first page the server drew into the HTML when it matches, else by asking the API at once, so
 * the answer arrives while the page is still being drawn. The page's own query then finds it in
 * the cache under the same key.
 */
export function prefetchTestsList(
  queryClient: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
  options: { workspace: string | null; firstPage?: FirstPage | null } = { workspace: null },
): boolean {
  const params = firstPageParams(location);
  if (!params) return false;
  const { firstPage } = options;
  if (firstPage && seedFirstPage(queryClient, firstPage, { workspace: options.workspace, params })) {
    if (firstPage.runStarts) handOverRunStarts(firstPage.page.items, firstPage.fetchedAt, firstPage.runStarts);
    return true;
  }
  void queryClient.prefetchInfiniteQuery(placementTestQueries.list(params));
  return false;
}
