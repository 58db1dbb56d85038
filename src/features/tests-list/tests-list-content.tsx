import { lazy, Suspense } from 'react';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { ListView } from './list-view';
import { TestsTable } from './table/tests-table';
import { TestsTableSkeleton } from './table/tests-table-skeleton';
import { FiguresModeContext, RowFiguresContext, type RowFigures } from './use-latest-runs';
import type { useRowSelection } from './bulk/use-row-selection';
import type { useTestsList } from './use-tests-list';

const ListState = lazy(async () => ({ default: (await import('./list-states')).ListState }));

export interface TestsListContentProps {
  query: ReturnType<typeof useTestsList>['query'];
  shown: ReturnType<typeof useTestsList>['shown'];
  rows: PlacementTest[];
  /** Each loaded test's figures (use-latest-runs.ts), deferred like the rows. */
  figures: ReadonlyMap<string, RowFigures>;
  view: ListView;
  filtered: boolean;
  selection: ReturnType<typeof useRowSelection>;
  onClearFilters: () => void;
  onToggleStatus: (placementTest: PlacementTest) => void;
  onDelete: (placementTest: PlacementTest) => void;
}

/** Data first (docs/conventions.md "Status checks"): rows on screen win over a failed background refetch. */
export function TestsListContent({
  query,
  shown,
  rows,
  figures,
  view,
  filtered,
  selection,
  onClearFilters,
  onToggleStatus,
  onDelete,
}: TestsListContentProps) {
  if (shown.data) {
    if (rows.length === 0 && !shown.isPlaceholderData) {
      return (
        <Suspense>
          {filtered ? (
            <ListState kind="no-results" search={view.q} onClear={onClearFilters} />
          ) : (
            <ListState kind="empty" />
          )}
        </Suspense>
      );
    }
    return (
      <RowFiguresContext.Provider value={figures}>
        <FiguresModeContext.Provider value={view.figures}>
          <TestsTable
            rows={rows}
            sort={view.sort}
            allTime={view.figures === 'all-time'}
            selected={selection.selectedIds}
            onSelect={selection.toggle}
            onToggleAll={selection.toggleAll}
            onToggleStatus={onToggleStatus}
            onDelete={onDelete}
            stale={shown.isPlaceholderData}
          />
        </FiguresModeContext.Provider>
      </RowFiguresContext.Provider>
    );
  }
  if (query.isError) {
    return (
      <Suspense>
        <ListState
          kind="error"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </Suspense>
    );
  }
  return <TestsTableSkeleton />;
}
