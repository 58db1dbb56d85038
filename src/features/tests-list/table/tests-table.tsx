import { lazy, Suspense, useCallback, useEffect, type Ref } from 'react';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import type { ListSort } from '../list-view';
import { TestRow } from './test-row';
import { COLUMN_COUNT, TestsTableHead } from './tests-table-head';
import classes from './tests-table.module.css';
import { useNow } from '../../../components/use-now';
import { useStickyHead } from './use-sticky-head';

/** Past this many loaded rows only those near the viewport are rendered (docs/conventions.md figures). */
export const VIRTUALIZE_AFTER = 200;

const loadVirtualRows = () => import('./virtual-rows');
const VirtualRows = lazy(async () => ({ default: (await loadVirtualRows()).VirtualRows }));

export interface TestsTableProps {
  rows: PlacementTest[];
  sort: ListSort;
  /** The figure columns hold all-time figures instead of the latest run's. */
  allTime: boolean;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onToggleAll: () => void;
  onToggleStatus: (placementTest: PlacementTest) => void;
  onDelete: (placementTest: PlacementTest) => void;
  /** Previous results shown while a new filter loads. */
  stale: boolean;
}

export function TestsTable({
  rows,
  sort,
  allTime,
  selected,
  onSelect,
  onToggleAll,
  onToggleStatus,
  onDelete,
  stale,
}: TestsTableProps) {
  const now = useNow();
  const tableRef = useStickyHead();
  const selectedCount = rows.reduce((n, t) => n + (selected.has(t.id) ? 1 : 0), 0);
  const virtualize = rows.length > VIRTUALIZE_AFTER;
  const nearThreshold = rows.length > VIRTUALIZE_AFTER / 2;
  // Fetch the virtualizer's chunk early, so crossing the threshold does not wait for the network.
  useEffect(() => {
    if (nearThreshold) void loadVirtualRows();
  }, [nearThreshold]);

  const renderRow = useCallback(
    (index: number, rowRef?: Ref<HTMLTableRowElement>) => {
      const placementTest = rows[index] as PlacementTest;
      return (
        <TestRow
          key={placementTest.id}
          placementTest={placementTest}
          selected={selected.has(placementTest.id)}
          now={now}
          onSelect={onSelect}
          onToggleStatus={onToggleStatus}
          onDelete={onDelete}
          index={index}
          rowRef={rowRef}
          ariaRowIndex={virtualize ? index + 2 : undefined}
        />
      );
    },
    [rows, selected, now, onSelect, onToggleStatus, onDelete, virtualize],
  );

  return (
    <div className={classes.scroller}>
      {/* Explicit roles: the phone layout restyles these elements as cards (tests-table.module.css). */}
      <table
        ref={tableRef}
        role="table"
        className={classes.table}
        aria-label="Inbox placement tests"
        aria-busy={stale || undefined}
        aria-rowcount={virtualize ? rows.length + 1 : undefined}
      >
        <TestsTableHead
          sort={sort}
          allTime={allTime}
          allSelected={rows.length > 0 && selectedCount === rows.length}
          someSelected={selectedCount > 0}
          onToggleAll={onToggleAll}
        />
        <tbody role="rowgroup">
          {virtualize ? (
            // Until the virtualizer's chunk is here, the first rows render plainly.
            <Suspense fallback={rows.slice(0, VIRTUALIZE_AFTER).map((_, i) => renderRow(i))}>
              <VirtualRows count={rows.length} columns={COLUMN_COUNT} renderRow={renderRow} />
            </Suspense>
          ) : (
            rows.map((_, i) => renderRow(i))
          )}
        </tbody>
      </table>
    </div>
  );
}
