import { useCallback, useEffect, useRef, useState } from 'react';
import type { useTestsList } from './use-tests-list';

/**
 * "Load all": the next pages one after another until the API says there are no more, so a sort
 * or filter on the loaded tests (ADR 019) covers every test. Stops on an error, on `stop`, and
 * when the view changes (the query is then another list).
 */
export function useLoadAll(query: ReturnType<typeof useTestsList>['query'], viewKey: string) {
  // Loading for this view only: a new view is a new list, which the loop below stops following.
  const [loadingFor, setLoadingFor] = useState<string | null>(null);
  const run = useRef(0);
  const fetchNextPage = query.fetchNextPage;

  useEffect(() => {
    run.current++;
  }, [viewKey]);

  const loadAll = useCallback(async () => {
    const mine = ++run.current;
    setLoadingFor(viewKey);
    try {
      let result = await fetchNextPage();
      while (run.current === mine && result.hasNextPage && !result.isFetchNextPageError)
        result = await fetchNextPage();
    } finally {
      if (run.current === mine) setLoadingFor(null);
    }
  }, [fetchNextPage, viewKey]);

  const stop = useCallback(() => {
    run.current++;
    setLoadingFor(null);
  }, []);

  return { loading: loadingFor === viewKey, loadAll, stop };
}
