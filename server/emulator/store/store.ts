import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { AnalyticsRepo } from './analytics-repo';
import { AutomationsRepo } from './automations-repo';
import { isBusy, StoreBusyError } from './busy';
import { PickersRepo } from './pickers-repo';
import { PlacementTestsRepo } from './placement-tests-repo';
import { ReportsRepo } from './reports-repo';
import { RunStateRepo } from './run-state-repo';
import { ADDED_COLUMNS, DATA_TABLES, RUN_INDEX_SQL, SCHEMA_SQL } from './store-schema';
import { uuidv7At } from './uuidv7';

/** Serving: how long one statement may wait for another process's write lock. */
const BUSY_TIMEOUT_MS = 200;
/** Starting: how long to wait for another process (a second server on the file) to finish. */
const START_TIMEOUT_MS = 10_000;

export interface StoreOptions {
  busyTimeoutMs?: number;
  startTimeoutMs?: number;
}

/**
 * The emulator's SQLite store: one file per workspace (or `:memory:` in tests). WAL keeps reads
 * fast while a write is in progress; every multi-row write runs in a transaction.
 */
export class EmulatorStore {
  readonly db: Database.Database;
  readonly placementTests: PlacementTestsRepo;
  readonly analytics: AnalyticsRepo;
  readonly reports: ReportsRepo;
  readonly pickers: PickersRepo;
  readonly runs: RunStateRepo;
  readonly automations: AutomationsRepo;
  /** Fixed per workspace; kept in `meta` so it survives restarts and resets. */
  readonly organizationId: string;

  constructor(
    readonly dbFile: string,
    { busyTimeoutMs = BUSY_TIMEOUT_MS, startTimeoutMs = START_TIMEOUT_MS }: StoreOptions = {},
  ) {
    // At start nothing else is being served, so waiting for another process is harmless.
    this.db = new Database(dbFile, { timeout: startTimeoutMs });
    try {
      this.setUp();
    } catch (error) {
      this.db.close();
      throw this.lockedAtStart(error);
    }
    this.placementTests = new PlacementTestsRepo(this.db);
    this.analytics = new AnalyticsRepo(this.db);
    this.reports = new ReportsRepo(this.db);
    this.pickers = new PickersRepo(this.db);
    this.runs = new RunStateRepo(this.db);
    this.automations = new AutomationsRepo(this.db);
    this.organizationId = this.meta('organization_id') as string;
    this.busyTimeoutMs = busyTimeoutMs;
  }

  private readonly busyTimeoutMs: number;

  /**
   * Once started: a busy store may block the event loop only briefly, then the request is
   * answered 503 and retried by the caller (emulator-backend.ts), the ticker tries next time.
   */
  startServing(): void {
    this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
  }

  /** Where the file is locked past the start's wait: a message naming it, not a stack trace. */
  lockedAtStart(error: unknown): unknown {
    if (!isBusy(error)) return error;
    return new StoreBusyError(
      `EMULATOR_DB: ${this.dbFile} stayed locked by another process. Stop the other server using it, or give this one its own EMULATOR_DB.`,
    );
  }

  private setUp(): void {
    if (this.dbFile !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.transaction(() => {
      const hadSearchIndex = this.db
        .prepare("SELECT 1 FROM sqlite_master WHERE name = 'placement_tests_fts'")
        .get();
      this.db.exec(SCHEMA_SQL);
      this.addMissingColumns();
      this.db.exec(RUN_INDEX_SQL);
      // A store written before the trigram index existed gets it built once.
      if (!hadSearchIndex)
        this.db.exec("INSERT INTO placement_tests_fts (placement_tests_fts) VALUES ('rebuild')");
      // Whoever comes first writes the id; a second server on the file reads the same one.
      this.db
        .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING')
        .run('organization_id', uuidv7At(Date.now()));
    });
  }

  private addMissingColumns(): void {
    for (const [table, column, type] of ADDED_COLUMNS) {
      const columns = this.db.pragma(`table_info(${table})`) as { name: string }[];
      if (!columns.some((c) => c.name === column))
        this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    }
  }

  meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  }

  setMeta(key: string, value: string): string {
    this.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
    return value;
  }

  /**
   * A write transaction. IMMEDIATE takes the write lock at BEGIN, waiting up to the busy timeout:
   * a deferred one would read first and then fail at once with SQLITE_BUSY when another process
   * wrote in between (the "database is locked" of two servers on one file). Nested, a savepoint.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  counts(): Record<(typeof DATA_TABLES)[number], number> {
    const entries = DATA_TABLES.map((t) => [
      t,
      (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]);
    return Object.fromEntries(entries) as Record<(typeof DATA_TABLES)[number], number>;
  }

  isEmpty(): boolean {
    return Object.values(this.counts()).every((n) => n === 0);
  }

  wipe(): void {
    this.transaction(() => {
      for (const table of DATA_TABLES) this.db.exec(`DELETE FROM ${table}`);
    });
  }

  /** SHA-256 over every row of every table, in key order: "did anything change?" for tests. */
  snapshotHash(): string {
    const hash = createHash('sha256');
    for (const table of ['meta', ...DATA_TABLES]) {
      const columns = (this.db.pragma(`table_info(${table})`) as unknown[]).map((_, i) => i + 1).join(', ');
      const rows = this.db
        .prepare(`SELECT * FROM ${table} ORDER BY ${columns}`)
        .raw()
        .iterate() as IterableIterator<unknown[]>;
      hash.update(`\u0000${table}\u0000`);
      for (const row of rows) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
