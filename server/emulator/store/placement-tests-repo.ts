import type Database from 'better-sqlite3';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { SortColumn } from '../../../core/contract/placement-test-requests';
import { badRequest } from '../http-errors';
import { Conditions, cachedStatement, keysetPage, type KeysetQuery } from './keyset';
import { scheduledNextRun } from './placement-test-factory';

export interface ListTestsParams {
  limit: number;
  startingAfter?: string;
  search?: string;
  status?: number;
  sortColumn: SortColumn;
  desc: boolean;
}

interface TestRow extends Record<string, unknown> {
  id: string;
  doc: string;
  next_run_ms: number | null;
}

/** Where walking the sort index and looking names up cost about the same at 100k tests (docs/benchmarks.md). */
export const FTS_MAX_MATCHES = 1000;
const FTS_MATCH = 'SELECT rowid FROM placement_tests_fts WHERE placement_tests_fts MATCH ?';
const PROBE_CHARS = 8;
/** An FTS5 phrase: the whole term, quoted, so it matches as a substring of the name. */
const ftsPhrase = (term: string) => `"${term.replaceAll('"', '""')}"`;

const SORT_SQL: Record<SortColumn, string | undefined> = {
  id: undefined,
  name: 'name_lc',
  timestamp_created: 'timestamp_created',
};
const INDEX: Record<SortColumn, [plain: string, byStatus: string]> = {
  id: ['ix_pt_id', 'ix_pt_status_id'],
  name: ['ix_pt_name', 'ix_pt_status_name'],
  timestamp_created: ['ix_pt_created', 'ix_pt_status_created'],
};

function rowParams(test: PlacementTest, simulated = true) {
  return {
    simulated: simulated ? 1 : 0,
    id: test.id,
    name_lc: test.name.toLowerCase(),
    status: test.status ?? 1,
    type: test.type,
    timestamp_created: test.timestamp_created,
    next_run_ms: test.timestamp_next_run ? Date.parse(test.timestamp_next_run) : null,
    doc: JSON.stringify(test),
  };
}

export class PlacementTestsRepo {
  constructor(private readonly db: Database.Database) {}

  /** `simulated: false` (bulk fillers) never run: their next run only rolls forward on read. */
  insert(test: PlacementTest, simulated = true): void {
    cachedStatement(
      this.db,
      `INSERT INTO placement_tests (id, name_lc, status, type, timestamp_created, next_run_ms, doc, simulated)
       VALUES (@id, @name_lc, @status, @type, @timestamp_created, @next_run_ms, @doc, @simulated)`,
    ).run(rowParams(test, simulated));
  }

  insertMany(tests: Iterable<PlacementTest>, simulated = true): number {
    let count = 0;
    this.db.transaction(() => {
      for (const test of tests) {
        this.insert(test, simulated);
        count++;
      }
    }).immediate();
    return count;
  }

  replace(test: PlacementTest): void {
    const { simulated: _simulated, ...params } = rowParams(test);
    cachedStatement(
      this.db,
      `UPDATE placement_tests SET name_lc = @name_lc, status = @status, type = @type,
       timestamp_created = @timestamp_created, next_run_ms = @next_run_ms, doc = @doc WHERE id = @id`,
    ).run(params);
  }

  /** The test with this `test_code` (outside sending), if any. */
  byTestCode(code: string): PlacementTest | undefined {
    const row = cachedStatement(
      this.db,
      "SELECT doc FROM placement_tests WHERE json_extract(doc, '$.test_code') = ? LIMIT 1",
    ).get(code) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as PlacementTest) : undefined;
  }

  /** Active tests sent from Instantly: the ones whose senders decide `not_sending_status`. */
  sendingFromInstantly(): PlacementTest[] {
    const rows = cachedStatement(
      this.db,
      "SELECT doc FROM placement_tests WHERE status = 1 AND json_extract(doc, '$.sending_method') = 1",
    ).all() as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc) as PlacementTest);
  }

  /** Set or clear (`null`: the key is absent, as for a test without a problem) `not_sending_status`. */
  setNotSending(id: string, value: string | null): void {
    cachedStatement(
      this.db,
      `UPDATE placement_tests SET doc = CASE WHEN ? IS NULL THEN json_remove(doc, '$.not_sending_status')
       ELSE json_set(doc, '$.not_sending_status', ?) END WHERE id = ?`,
    ).run(value, value, id);
  }

  /** The test as stored, with a next run that has passed rolled forward (see `refreshDue`). */
  get(id: string, now: Date): PlacementTest | undefined {
    const row = cachedStatement(this.db, 'SELECT id, doc, next_run_ms FROM placement_tests WHERE id = ?').get(
      id,
    ) as TestRow | undefined;
    return row ? (JSON.parse(this.refreshDue(row, now)) as PlacementTest) : undefined;
  }

  /** Deletes the test with its analytics and reports; returns what was deleted. */
  delete(id: string, now: Date): PlacementTest | undefined {
    return this.db.transaction(() => {
      const test = this.get(id, now);
      if (!test) return undefined;
      for (const table of ['placement_tests', 'analytics', 'reports']) {
        cachedStatement(
          this.db,
          `DELETE FROM ${table} WHERE ${table === 'placement_tests' ? 'id' : 'test_id'} = ?`,
        ).run(id);
      }
      return test;
    }).immediate();
  }

  /** The keyset query for one page (public so tests can check its plan). */
  pageQuery(p: ListTestsParams): KeysetQuery {
    const c = new Conditions();
    if (p.status !== undefined) c.add('status = ?', p.status);
    const search = p.search?.toLowerCase();
    if (search) c.add('instr(name_lc, ?) > 0', search);
    const phrase = search ? this.rareSearchPhrase(search) : undefined;
    const sortColumn = SORT_SQL[p.sortColumn];
    let cursorSortValue: unknown;
    if (p.startingAfter !== undefined && sortColumn) {
      const cursorRow = cachedStatement(
        this.db,
        `SELECT ${sortColumn} AS v FROM placement_tests WHERE id = ?`,
      ).get(p.startingAfter) as { v: unknown } | undefined;
      // [I] With a non-id sort the cursor id must still exist to know where the page starts.
      if (!cursorRow) throw badRequest('querystring/starting_after must be the id of a test in this list');
      cursorSortValue = cursorRow.v;
    }
    return {
      table: 'placement_tests',
      select: 'id, doc, next_run_ms',
      keyColumn: 'id',
      sortColumn,
      cursorSortValue,
      indexedBy: phrase ? undefined : INDEX[p.sortColumn][p.status === undefined ? 0 : 1],
      candidates: phrase ? { sql: FTS_MATCH, params: [phrase] } : undefined,
      where: c.where,
      params: c.params,
      desc: p.desc,
      cursor: p.startingAfter,
      limit: p.limit,
    };
  }

  /**
   * The trigram phrase for a search that matches fewer than FTS_MAX_MATCHES names, else
   * undefined: a common term fills a page after a short walk of the sort index, a rare one is
   * looked up (trigrams need at least 3 characters). Long terms are probed by their first and
   * last PROBE_CHARS characters, each an upper bound that is cheap to count.
   */
  private rareSearchPhrase(search: string): string | undefined {
    const chars = [...search];
    if (chars.length < 3) return undefined;
    const pieces =
      chars.length <= PROBE_CHARS
        ? [search]
        : [chars.slice(0, PROBE_CHARS).join(''), chars.slice(-PROBE_CHARS).join('')];
    const probe = cachedStatement(this.db, `SELECT count(*) AS n FROM (${FTS_MATCH} LIMIT ?)`);
    const bound = Math.min(
      ...pieces.map((piece) => (probe.get(ftsPhrase(piece), FTS_MAX_MATCHES) as { n: number }).n),
    );
    return bound < FTS_MAX_MATCHES ? ftsPhrase(search) : undefined;
  }

  /** One page as stored JSON texts, newest first by default. */
  list(p: ListTestsParams, now: Date): { docs: string[]; next?: string } {
    const page = keysetPage<TestRow>(this.db, this.pageQuery(p));
    return { docs: page.rows.map((row) => this.refreshDue(row, now)), next: page.next };
  }

  count(): number {
    return (cachedStatement(this.db, 'SELECT count(*) AS n FROM placement_tests').get() as { n: number }).n;
  }

  /**
   * A stored next run that is already in the past is rolled forward on read, so a moved clock
   * never shows "next run: 3 days ago". Tests that run have been run by the scheduler before
   * any read (run-scheduler.ts); this is for the bulk fillers that never run.
   */
  private refreshDue(row: TestRow, now: Date): string {
    if (row.next_run_ms === null || row.next_run_ms > now.getTime()) return row.doc;
    const test = JSON.parse(row.doc) as PlacementTest;
    test.timestamp_next_run = scheduledNextRun(test, now);
    this.replace(test);
    return JSON.stringify(test);
  }
}
