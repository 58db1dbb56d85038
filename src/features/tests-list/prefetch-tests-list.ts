import type { QueryClient } from '@tanstack/react-query';
import { placementTestQueries } from '../../api/placement-tests/queries';
import { NAME_SORTS, parseListView, toListParams } from './list-view';

/**
 * Starts loading the list the URL asks for before the app has rendered (render-as-you-fetch), so
 * the first page of tests arrives while the page is still being drawn instead of after it. The
 * page's own query then finds it in the cache under the same key. Name sorts are left to the page:
 * whether the backend can sort by name is known only once `/api/status` answers.
 */
export function prefetchTestsList(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  if (location.pathname !== '/tests' && location.pathname !== '/') return;
  const view = parseListView(new URLSearchParams(location.search));
  if (NAME_SORTS.includes(view.sort)) return;
  void queryClient.prefetchInfiniteQuery(placementTestQueries.list(toListParams(view, { nameSort: false })));
}
