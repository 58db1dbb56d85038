import { useCallback, useRef } from 'react';
import type { PlacementTest } from '../../api/placement-tests/schemas';
import type { ListActionsHandle } from './list-actions';

type Pending = (handle: ListActionsHandle) => void;

/**
 * Row callbacks that work before the lazily loaded actions are in: a click that comes first is
 * queued and runs as soon as they mount. Stable callbacks, so memoized rows do not re-render.
 */
export function useListActions() {
  const handle = useRef<ListActionsHandle | null>(null);
  const pending = useRef<Pending[]>([]);

  const handleRef = useCallback((next: ListActionsHandle | null) => {
    handle.current = next;
    if (next) for (const run of pending.current.splice(0)) run(next);
  }, []);

  const call = useCallback((run: Pending) => {
    if (handle.current) run(handle.current);
    else pending.current.push(run);
  }, []);

  const onToggleStatus = useCallback((t: PlacementTest) => call((h) => h.toggle(t)), [call]);
  const onDelete = useCallback((t: PlacementTest) => call((h) => h.remove(t)), [call]);
  return { handleRef, onToggleStatus, onDelete };
}
