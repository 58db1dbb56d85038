import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../components/use-search-params';
import { FILTER_DEFAULTS, parseListView, serializeListView, type ListView } from './list-view';

/**
 * The view from the URL and a way to change it. Each change is a history entry so Back steps
 * through views, except while typing a search (`replace`), which would flood the history.
 */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseListView(params), [params]);

  const update = useCallback(
    (patch: Partial<ListView>, options?: { replace?: boolean }) => {
      setParams((previous) => serializeListView({ ...parseListView(previous), ...patch }), options);
    },
    [setParams],
  );

  const clearFilters = useCallback(() => update(FILTER_DEFAULTS), [update]);

  return { view, update, clearFilters };
}
