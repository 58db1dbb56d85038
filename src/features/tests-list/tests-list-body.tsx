import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useConfirmDelete } from '../placement-test-ui/use-confirm-delete';
import { pluralize } from '../../lib/format';
import { hasFilters, refinesLoaded, type ListView } from './list-view';
import { refineRows } from './refine-rows';
import type { RowFigures } from './use-latest-runs';
import { useLoadAll } from './use-load-all';
import { BulkActions } from './bulk/bulk-actions';
import { LoadMore } from './table/load-more';
import { TestsListContent } from './tests-list-content';
import { useDeleteOne } from './use-delete-one';
import { useRowSelection } from './bulk/use-row-selection';
import type { useTestsList } from './use-tests-list';
import { useToggleStatus } from './use-toggle-status';

// Only with a sort or filter the API cannot do: off the first route (ADR 019).
const LoadedScope = lazy(async () => ({ default: (await import('./loaded-scope')).LoadedScope }));

export interface TestsListBodyProps {
  view: ListView;
  list: ReturnType<typeof useTestsList>;
  figures: ReadonlyMap<string, RowFigures>;
  onClearFilters: () => void;
}

/** The list below its toolbar: the bulk bar, the rows (refined by the view where the API cannot), "Load more". */
export function TestsListBody({ view, list, figures, onClearFilters }: TestsListBodyProps) {
  const { query, shown, rows: loaded, params } = list;
  const local = refinesLoaded(view);
  const refined = useMemo(() => {
    if (!local) return { rows: loaded, pending: 0 };
    return refineRows(loaded, view, (id) => {
      const latest = figures.get(id)?.latest;
      return !latest || latest.state !== 'ready' ? 'pending' : latest.run;
    });
  }, [local, loaded, view, figures]);
  const rows = refined.rows;
  const viewKey = JSON.stringify(params);
  const all = useLoadAll(query, viewKey);
  const selection = useRowSelection(rows, viewKey);
  const barRef = useRef<HTMLDivElement>(null);
  const onToggleStatus = useToggleStatus();
  const { confirmDelete, dialog } = useConfirmDelete();
  const onDelete = useDeleteOne(
    confirmDelete,
    useCallback(() => barRef.current, []),
  );

  const loadedText =
    !shown.data || loaded.length === 0
      ? ''
      : shown.isPlaceholderData
        ? 'Loading…'
        : `${pluralize(loaded.length, 'test')} loaded${shown.hasNextPage ? ', more available' : ''}`;

  return (
    <>
      <BulkActions
        confirmDelete={confirmDelete}
        barRef={barRef}
        selectedRows={selection.selectedRows}
        loadedText={loadedText}
        onSelect={selection.select}
      />
      {local && shown.data && !shown.isPlaceholderData ? (
        <Suspense>
          <LoadedScope
            loaded={loaded.length}
            shown={rows.length}
            hasMore={shown.hasNextPage}
            loadingAll={all.loading}
            pending={refined.pending}
            onLoadAll={() => void all.loadAll()}
            onStop={all.stop}
          />
        </Suspense>
      ) : null}
      <TestsListContent
        query={query}
        shown={shown}
        rows={rows}
        figures={figures}
        view={view}
        filtered={hasFilters(view)}
        selection={selection}
        onClearFilters={onClearFilters}
        onToggleStatus={onToggleStatus}
        onDelete={onDelete}
      />
      <LoadMore
        hasMore={shown.hasNextPage && !shown.isPlaceholderData && !all.loading}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {dialog}
    </>
  );
}
