import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlacementTest } from '../../api/placement-tests/schemas';
import type { ListActionsHandle } from './list-actions';

type Pending = (handle: ListActionsHandle) => void;

/** Runs `run` once the browser has painted the current frame. */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Row callbacks that work before the lazily loaded actions are in: a click that comes first is
 * queued and runs as soon as they mount. Stable callbacks, so memoized rows do not re-render.
 *
 * `wanted` says when to mount (and so download) the actions: just after the first rows are
 * painted (`rowsShown`), so their chunk never competes with the rows for a slow network, or at
 * once when a row action is used before that.
 */
export function useListActions(rowsShown: boolean) {
  const handle = useRef<ListActionsHandle | null>(null);
  const pending = useRef<Pending[]>([]);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!rowsShown || wanted) return;
    return afterNextPaint(() => setWanted(true));
  }, [rowsShown, wanted]);

  const handleRef = useCallback((next: ListActionsHandle | null) => {
    handle.current = next;
    if (next) for (const run of pending.current.splice(0)) run(next);
  }, []);

  const call = useCallback((run: Pending) => {
    if (handle.current) run(handle.current);
    else {
      pending.current.push(run);
      setWanted(true);
    }
  }, []);

  const onToggleStatus = useCallback((t: PlacementTest) => call((h) => h.toggle(t)), [call]);
  const onDelete = useCallback((t: PlacementTest) => call((h) => h.remove(t)), [call]);
  return { wanted, handleRef, onToggleStatus, onDelete };
}
