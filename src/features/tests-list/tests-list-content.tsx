import { lazy, Suspense, useDeferredValue } from 'react';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { ListView } from './list-view';
import { TestsTable } from './table/tests-table';
import { TestsTableSkeleton } from './table/tests-table-skeleton';
import { InboxRatesContext, useInboxRates } from './use-inbox-rates';
import type { useRowSelection } from './bulk/use-row-selection';
import type { useTestsList } from './use-tests-list';

const NO_PAGES: never[] = [];

const ListState = lazy(async () => ({ default: (await import('./list-states')).ListState }));

export interface TestsListContentProps {
  query: ReturnType<typeof useTestsList>['query'];
  shown: ReturnType<typeof useTestsList>['shown'];
  rows: PlacementTest[];
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
  view,
  filtered,
  selection,
  onClearFilters,
  onToggleStatus,
  onDelete,
}: TestsListContentProps) {
  // Deferred like the rows: when the figures arrive, the Inbox cells re-render in slices.
  const rates = useDeferredValue(useInboxRates(shown.data?.pages ?? NO_PAGES));
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
      <InboxRatesContext.Provider value={rates}>
        <TestsTable
          rows={rows}
          sort={view.sort}
          selected={selection.selectedIds}
          onSelect={selection.toggle}
          onToggleAll={selection.toggleAll}
          onToggleStatus={onToggleStatus}
          onDelete={onDelete}
          stale={shown.isPlaceholderData}
        />
      </InboxRatesContext.Provider>
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
