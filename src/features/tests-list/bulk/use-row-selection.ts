import { useCallback, useMemo, useState } from 'react';
import type { PlacementTest } from '../../../../core/contract/placement-tests';

/**
 * Selected test ids. Only loaded rows count (a deleted or filtered-out id drops out), and the
 * selection starts over when `resetKey` (the view) changes: a new filter is a new list.
 */
export function useRowSelection(rows: readonly PlacementTest[], resetKey: string) {
  const [state, setState] = useState<{ key: string; ids: ReadonlySet<string> }>({
    key: resetKey,
    ids: new Set(),
  });
  // Adjusting state while rendering (react.dev "You might not need an effect").
  if (state.key !== resetKey) setState({ key: resetKey, ids: new Set() });
  // (React re-renders at once with the reset state; this render's output is thrown away.)
  const ids = state.ids;

  const selectedRows = useMemo(() => rows.filter((t) => ids.has(t.id)), [rows, ids]);

  const setIds = useCallback((next: (previous: ReadonlySet<string>) => ReadonlySet<string>) => {
    setState((previous) => ({ key: previous.key, ids: next(previous.ids) }));
  }, []);

  const toggle = useCallback(
    (id: string, on: boolean) =>
      setIds((previous) => {
        const next = new Set(previous);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [setIds],
  );

  const allSelected = rows.length > 0 && selectedRows.length === rows.length;
  const toggleAll = useCallback(
    () => setIds(() => (allSelected ? new Set() : new Set(rows.map((t) => t.id)))),
    [setIds, allSelected, rows],
  );
  const select = useCallback((next: Iterable<string>) => setIds(() => new Set(next)), [setIds]);

  return { selectedIds: ids, selectedRows, toggle, toggleAll, select };
}
