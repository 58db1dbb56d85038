import type Database from 'better-sqlite3';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { cachedStatement } from './keyset';

/**
 * The scheduler's view of `placement_tests`: which tests are due, when each last ran, and which
 * one-time tests are waiting for their results to be final. Every check is one indexed query
 * (partial indexes in store-schema.ts), cheap enough to run before every request.
 */
export interface DueTest {
  test: PlacementTest;
  nextRunMs: number;
}

export class RunStateRepo {
  constructor(private readonly db: Database.Database) {}

  /**
   * Whether anything is due (a run, an arrival, a completion): read-only, so the check before
   * every request needs no write lock and reads go on while another process writes.
   */
  hasWork(nowMs: number): boolean {
    const row = cachedStatement(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM placement_tests INDEXED BY ix_pt_due
                        WHERE status = 1 AND type = 2 AND simulated = 1 AND next_run_ms <= @now)
           OR EXISTS (SELECT 1 FROM analytics INDEXED BY ix_an_arrival
                        WHERE received_doc IS NOT NULL AND arrive_ms <= @now)
           OR EXISTS (SELECT 1 FROM placement_tests INDEXED BY ix_pt_finishing
                        WHERE complete_at_ms IS NOT NULL AND complete_at_ms <= @now AND status = 1) AS due`,
    ).get({ now: nowMs }) as { due: number };
    return row.due === 1;
  }

  /** Active automated tests whose next run has come. */
  dueAutomated(nowMs: number): DueTest[] {
    const rows = cachedStatement(
      this.db,
      `SELECT doc, next_run_ms FROM placement_tests INDEXED BY ix_pt_due
       WHERE status = 1 AND type = 2 AND simulated = 1 AND next_run_ms <= ? ORDER BY next_run_ms`,
    ).all(nowMs) as { doc: string; next_run_ms: number }[];
    return rows.map((r) => ({ test: JSON.parse(r.doc) as PlacementTest, nextRunMs: r.next_run_ms }));
  }

  lastRunMs(id: string): number | null {
    const row = cachedStatement(this.db, 'SELECT last_run_ms FROM placement_tests WHERE id = ?').get(id) as
      { last_run_ms: number | null } | undefined;
    return row?.last_run_ms ?? null;
  }

  markRan(id: string, runMs: number): void {
    cachedStatement(
      this.db,
      'UPDATE placement_tests SET last_run_ms = max(coalesce(last_run_ms, 0), ?) WHERE id = ?',
    ).run(runMs, id);
  }

  /** The next run, in both the column and the stored document. */
  setNextRun(id: string, next: Date | null): void {
    cachedStatement(
      this.db,
      `UPDATE placement_tests SET next_run_ms = ?, doc = json_set(doc, '$.timestamp_next_run', ?) WHERE id = ?`,
    ).run(next?.getTime() ?? null, next?.toISOString() ?? null, id);
  }

  setCompleteAt(id: string, atMs: number): void {
    cachedStatement(this.db, 'UPDATE placement_tests SET complete_at_ms = ? WHERE id = ?').run(atMs, id);
  }

  /**
   * One-time tests whose results are final become Completed. A test paused meanwhile keeps its
   * mark and completes once resumed. Returns how many completed.
   */
  completeFinished(nowMs: number): number {
    return cachedStatement(
      this.db,
      `UPDATE placement_tests INDEXED BY ix_pt_finishing
       SET status = 3, complete_at_ms = NULL, doc = json_set(doc, '$.status', 3)
       WHERE complete_at_ms IS NOT NULL AND complete_at_ms <= ? AND status = 1`,
    ).run(nowMs).changes;
  }
}
