import Database from 'better-sqlite3';
import type { Placement } from '../../core/rules/placement';
import { RESULTS_SCHEMA_SQL } from './results-schema';

/**
 * The local store of results (ADR 020): the one module that knows it is SQLite. The sync writes
 * through it and the routes read through it, so a shared database for a team deployment would
 * replace this file only.
 */
export interface StoredTest {
  id: string;
  name: string;
  status: number | null;
  emails: string[];
  checkedStatus: number | null;
  statsCount: number | null;
}
export interface StoredDay {
  testId: string;
  date: string;
  sent: number;
  received: number;
  final: boolean;
}
export interface StoredRecord {
  id: string;
  test_id: string;
  date: string;
  created: string;
  sender: string;
  domain: string;
  recipient_esp: number | null;
  placement: Placement | null;
  spf: 0 | 1 | null;
  dkim: 0 | 1 | null;
  dmarc: 0 | 1 | null;
}
export interface Listing {
  blacklist: string;
  target: 'domain' | 'ip';
  major: boolean;
}
export interface StoredReport {
  test_id: string;
  date: string;
  domain: string;
  created: string;
  listed: Listing[];
}
export interface WorkspaceRow {
  workspace: string;
  name: string;
  synced_at: number | null;
  error: string | null;
}

export class ResultsStore {
  private readonly db: Database.Database;
  private changes = 0;

  /**
   * Moves on every write of tests, days, records, reports or accounts: what the pages' answers
   * are computed from. Answers computed at one version hold until the next (results-routes.ts).
   */
  get version(): number {
    return this.changes;
  }

  constructor(file: string) {
    this.db = new Database(file, { timeout: 5_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(RESULTS_SCHEMA_SQL);
  }

  close() {
    this.db.close();
  }

  /** Workspaces no longer configured lose their rows; the others get a row to report on. */
  keepWorkspaces(workspaces: { id: string; name: string }[]) {
    this.changes += 1;
    const ids = JSON.stringify(workspaces.map((w) => w.id));
    this.db.transaction(() => {
      for (const table of ['tests', 'days', 'records', 'reports', 'accounts', 'workspaces']) {
        this.db.prepare(`DELETE FROM ${table} WHERE workspace NOT IN (SELECT value FROM json_each(?))`).run(ids);
      }
      const upsert = this.db.prepare(
        'INSERT INTO workspaces (workspace, name) VALUES (?, ?) ON CONFLICT (workspace) DO UPDATE SET name = excluded.name',
      );
      for (const w of workspaces) upsert.run(w.id, w.name);
    })();
  }

  workspaces(): WorkspaceRow[] {
    return this.db.prepare('SELECT workspace, name, synced_at, error FROM workspaces ORDER BY rowid').all() as WorkspaceRow[];
  }

  markSynced(workspace: string, at: number | null, error: string | null) {
    if (at === null) this.db.prepare('UPDATE workspaces SET error = ? WHERE workspace = ?').run(error, workspace);
    else this.db.prepare('UPDATE workspaces SET synced_at = ?, error = ? WHERE workspace = ?').run(at, error, workspace);
  }

  tests(workspace: string): StoredTest[] {
    const rows = this.db
      .prepare('SELECT id, name, status, emails, checked_status, stats_count FROM tests WHERE workspace = ?')
      .all(workspace) as { id: string; name: string; status: number | null; emails: string; checked_status: number | null; stats_count: number | null }[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      emails: JSON.parse(r.emails) as string[],
      checkedStatus: r.checked_status,
      statsCount: r.stats_count,
    }));
  }

  /** The tests the list returned; a test Instantly no longer lists is gone with all its rows. */
  replaceTests(workspace: string, tests: { id: string; name: string; status: number | null; emails: string[] }[]) {
    this.changes += 1;
    this.db.transaction(() => {
      const ids = JSON.stringify(tests.map((t) => t.id));
      for (const table of ['days', 'records', 'reports']) {
        this.db.prepare(`DELETE FROM ${table} WHERE workspace = ? AND test_id NOT IN (SELECT value FROM json_each(?))`).run(workspace, ids);
      }
      this.db.prepare('DELETE FROM tests WHERE workspace = ? AND id NOT IN (SELECT value FROM json_each(?))').run(workspace, ids);
      const upsert = this.db.prepare(`INSERT INTO tests (workspace, id, name, status, emails) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (workspace, id) DO UPDATE SET name = excluded.name, status = excluded.status, emails = excluded.emails`);
      for (const t of tests) upsert.run(workspace, t.id, t.name, t.status, JSON.stringify(t.emails));
    })();
  }

  markChecked(workspace: string, testId: string, status: number | null, statsCount: number | null) {
    this.changes += 1;
    this.db.prepare('UPDATE tests SET checked_status = ?, stats_count = ? WHERE workspace = ? AND id = ?').run(status, statsCount, workspace, testId);
  }

  days(workspace: string, testId?: string): StoredDay[] {
    const rows = this.db
      .prepare(`SELECT test_id, date, sent, received, final FROM days WHERE workspace = ? ${testId ? 'AND test_id = ?' : ''} ORDER BY date`)
      .all(...(testId ? [workspace, testId] : [workspace])) as { test_id: string; date: string; sent: number; received: number; final: number }[];
    return rows.map((r) => ({ testId: r.test_id, date: r.date, sent: r.sent, received: r.received, final: r.final === 1 }));
  }

  setDayFinal(workspace: string, testId: string, date: string) {
    this.changes += 1;
    this.db.prepare('UPDATE days SET final = 1 WHERE workspace = ? AND test_id = ? AND date = ?').run(workspace, testId, date);
  }

  /** One day of one test, in one transaction: a crash leaves the old day or the new one, never half. */
  replaceDay(workspace: string, day: StoredDay, records: StoredRecord[], reports: StoredReport[]) {
    this.changes += 1;
    this.db.transaction(() => {
      const key = [workspace, day.testId, day.date];
      this.db.prepare('DELETE FROM records WHERE workspace = ? AND test_id = ? AND date = ?').run(...key);
      this.db.prepare('DELETE FROM reports WHERE workspace = ? AND test_id = ? AND date = ?').run(...key);
      const insert = this.db.prepare(`INSERT OR REPLACE INTO records
        (workspace, id, test_id, date, created, sender, domain, recipient_esp, placement, spf, dkim, dmarc)
        VALUES (@workspace, @id, @test_id, @date, @created, @sender, @domain, @recipient_esp, @placement, @spf, @dkim, @dmarc)`);
      for (const r of records) insert.run({ workspace, ...r });
      const report = this.db.prepare('INSERT OR REPLACE INTO reports (workspace, test_id, date, domain, created, listed) VALUES (?, ?, ?, ?, ?, ?)');
      for (const r of reports) report.run(workspace, r.test_id, r.date, r.domain, r.created, JSON.stringify(r.listed));
      this.db
        .prepare(`INSERT INTO days (workspace, test_id, date, sent, received, final) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (workspace, test_id, date) DO UPDATE SET sent = excluded.sent, received = excluded.received, final = excluded.final`)
        .run(...key, day.sent, day.received, day.final ? 1 : 0);
    })();
  }

  replaceAccounts(workspace: string, accounts: { email: string; status: number | null }[]) {
    this.changes += 1;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM accounts WHERE workspace = ?').run(workspace);
      const insert = this.db.prepare('INSERT OR REPLACE INTO accounts (workspace, email, status) VALUES (?, ?, ?)');
      for (const a of accounts) insert.run(workspace, a.email, a.status);
    })();
  }

  accounts(workspaces: string[]): Map<string, number | null> {
    const rows = this.db
      .prepare('SELECT workspace, email, status FROM accounts WHERE workspace IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(workspaces)) as { workspace: string; email: string; status: number | null }[];
    return new Map(rows.map((r) => [`${r.workspace}|${r.email.toLowerCase()}`, r.status]));
  }

  /** Records of these workspaces from `from` to `to` (dates, inclusive), optionally of one sender. */
  records(workspaces: string[], from: string, to: string, sender?: string): (StoredRecord & { workspace: string })[] {
    return this.db
      .prepare(`SELECT workspace, id, test_id, date, created, sender, domain, recipient_esp, placement, spf, dkim, dmarc FROM records
        WHERE workspace IN (SELECT value FROM json_each(?)) AND date >= ? AND date <= ? ${sender ? 'AND sender = ? COLLATE NOCASE' : ''}`)
      .all(JSON.stringify(workspaces), from, to, ...(sender ? [sender] : [])) as (StoredRecord & { workspace: string })[];
  }

  reports(workspaces: string[], from: string, to: string): (StoredReport & { workspace: string })[] {
    const rows = this.db
      .prepare(`SELECT workspace, test_id, date, domain, created, listed FROM reports
        WHERE workspace IN (SELECT value FROM json_each(?)) AND date >= ? AND date <= ? ORDER BY created DESC`)
      .all(JSON.stringify(workspaces), from, to) as (Omit<StoredReport, 'listed'> & { workspace: string; listed: string })[];
    return rows.map((r) => ({ ...r, listed: JSON.parse(r.listed) as Listing[] }));
  }

  /** Bounded (ADR 020): records and reports older than `before` go; their `days` rows stay, so they are not read again. */
  prune(before: string) {
    this.changes += 1;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM records WHERE date < ?').run(before);
      this.db.prepare('DELETE FROM reports WHERE date < ?').run(before);
    })();
  }

  counts(): { records: number; days: number; tests: number } {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return { records: one('SELECT count(*) AS n FROM records'), days: one('SELECT count(*) AS n FROM days'), tests: one('SELECT count(*) AS n FROM tests') };
  }
}
