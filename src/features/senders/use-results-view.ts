import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../components/use-search-params';
import { DEFAULT_RESULTS_VIEW, parseResultsView, serializeResultsView, type ResultsView } from './results-view';

/** The view from the URL and a way to change it; typing a search replaces the entry (as the list does). */
export function useResultsView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseResultsView(params), [params]);
  const update = useCallback(
    (patch: Partial<ResultsView>, options?: { replace?: boolean }) =>
      setParams((previous) => serializeResultsView({ ...parseResultsView(previous), ...patch }), options),
    [setParams],
  );
  const clearFilters = useCallback(
    () => update({ provider: 'all', below: null, domain: '', workspace: '', state: 'all', q: '' }),
    [update],
  );
  const filtered =
    view.provider !== DEFAULT_RESULTS_VIEW.provider ||
    view.below !== null ||
    view.domain !== '' ||
    view.workspace !== '' ||
    view.state !== 'all' ||
    view.q !== '';
  return { view, update, clearFilters, filtered };
}
