import { useCallback, useState } from 'react';
import { getErrorMessage } from '../../../api/errors';
import { useDeletePlacementTest, useSetPlacementTestStatus } from '../../../api/placement-tests/mutations';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { runBounded } from '../../../lib/run-bounded';

export type BulkKind = 'pause' | 'resume' | 'delete';
export type BulkProgress = { kind: BulkKind; settled: number; total: number };
export type BulkOutcome = {
  kind: BulkKind;
  done: PlacementTest[];
  failed: { placementTest: PlacementTest; message: string }[];
  /** Selected tests the action does not apply to (pausing a paused test, resuming a completed one). */
  skipped: number;
};

const APPLIES: Record<BulkKind, (t: PlacementTest) => boolean> = {
  pause: (t) => t.status === 1,
  resume: (t) => t.status === 2,
  delete: () => true,
};

/**
 * The API has no bulk endpoint and allows a workspace 100 requests/s in total (docs/api/reference.md §1),
 * so one call per test, 4 at a time and at most 20 starts a second: room for the list refetch
 * and for the workspace's other clients.
 */
export const BULK_CONCURRENCY = 4;
export const BULK_MIN_INTERVAL_MS = 50;

export function bulkTargets(kind: BulkKind, tests: readonly PlacementTest[]): PlacementTest[] {
  return tests.filter(APPLIES[kind]);
}

/** Bulk pause/resume/delete through the same mutation hooks as one row (optimistic, rollback). */
export function useBulkActions() {
  const { mutateAsync: setStatus } = useSetPlacementTestStatus();
  const { mutateAsync: remove } = useDeletePlacementTest();
  const [progress, setProgress] = useState<BulkProgress | null>(null);

  const run = useCallback(
    async (kind: BulkKind, tests: readonly PlacementTest[]): Promise<BulkOutcome> => {
      const targets = bulkTargets(kind, tests);
      setProgress({ kind, settled: 0, total: targets.length });
      try {
        const results = await runBounded(
          targets,
          (t) =>
            kind === 'delete' ? remove(t.id) : setStatus({ id: t.id, status: kind === 'pause' ? 2 : 1 }),
          {
            concurrency: BULK_CONCURRENCY,
            minIntervalMs: BULK_MIN_INTERVAL_MS,
            onSettled: (_result, settled, total) => setProgress({ kind, settled, total }),
          },
        );
        return {
          kind,
          done: results.flatMap((r) => (r.status === 'fulfilled' ? [r.item] : [])),
          failed: results.flatMap((r) =>
            r.status === 'rejected' ? [{ placementTest: r.item, message: getErrorMessage(r.reason) }] : [],
          ),
          skipped: tests.length - targets.length,
        };
      } finally {
        setProgress(null);
      }
    },
    [remove, setStatus],
  );

  return { run, progress };
}
