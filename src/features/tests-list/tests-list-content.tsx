import type { PlacementTest } from '../../api/placement-tests/schemas';
import { ListEmpty } from './list-empty';
import { ListError } from './list-error';
import { ListNoResults } from './list-no-results';
import type { ListView } from './list-view';
import { TestsTable } from './tests-table';
import { TestsTableSkeleton } from './tests-table-skeleton';
import type { useRowSelection } from './use-row-selection';
import type { useTestsList } from './use-tests-list';

export interface TestsListContentProps {
  query: ReturnType<typeof useTestsList>['query'];
  rows: PlacementTest[];
  view: ListView;
  filtered: boolean;
  selection: ReturnType<typeof useRowSelection>;
  onClearFilters: () => void;
  onToggleStatus: (placementTest: PlacementTest) => void;
  onDelete: (placementTest: PlacementTest) => void;
}

/** Data first (STYLE.md "Status checks"): rows on screen win over a failed background refetch. */
export function TestsListContent({ query, rows, view, filtered, selection, onClearFilters, onToggleStatus, onDelete }: TestsListContentProps) {
  if (query.data) {
    if (rows.length === 0 && !query.isPlaceholderData) {
      return filtered ? <ListNoResults search={view.q} onClear={onClearFilters} /> : <ListEmpty />;
    }
    return (
      <TestsTable
        rows={rows}
        sort={view.sort}
        selected={selection.selectedIds}
        onSelect={selection.toggle}
        onToggleAll={selection.toggleAll}
        onToggleStatus={onToggleStatus}
        onDelete={onDelete}
        stale={query.isPlaceholderData}
      />
    );
  }
  if (query.isError) {
    return <ListError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <TestsTableSkeleton />;
}
