import type Database from 'better-sqlite3';
import type { AutomationFiring, WebhookOutcome } from '../../../core/contract/automation-firings';
import type { BlacklistReportInput } from '../../../core/rules/automations';
import { cachedStatement } from './keyset';

const RESOURCE_ACCOUNT = 1;

/**
 * What automations need of the store (ADR 017): the runs waiting to be evaluated, the record of
 * firings, and the changes rules make to accounts, campaigns and tests. Emulator state, not API
 * data, except for what the actions change in the documents the API serves.
 */
export class AutomationsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Evaluate this run (a UTC day) once its results are final; a later run that day moves it on. */
  scheduleCheck(testId: string, runDate: string, dueMs: number): void {
    cachedStatement(
      this.db,
      `INSERT INTO automation_checks (test_id, run_date, due_ms) VALUES (?, ?, ?)
       ON CONFLICT (test_id, run_date) DO UPDATE SET due_ms = max(due_ms, excluded.due_ms)`,
    ).run(testId, runDate, dueMs);
  }

  /** Whether a check is due or a paused campaign is to resume: read-only, for `hasWork`. */
  hasWork(nowMs: number): boolean {
    const row = cachedStatement(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM automation_checks WHERE due_ms <= @now)
           OR EXISTS (SELECT 1 FROM campaigns WHERE paused_until_ms <= @now) AS due`,
    ).get({ now: nowMs }) as { due: number };
    return row.due === 1;
  }

  /** Due checks, oldest first; each is removed as it is taken. */
  takeDueChecks(nowMs: number): { test_id: string; run_date: string; due_ms: number }[] {
    const rows = cachedStatement(
      this.db,
      'SELECT test_id, run_date, due_ms FROM automation_checks WHERE due_ms <= ? ORDER BY due_ms, test_id',
    ).all(nowMs) as { test_id: string; run_date: string; due_ms: number }[];
    const remove = cachedStatement(this.db, 'DELETE FROM automation_checks WHERE test_id = ? AND run_date = ?');
    for (const row of rows) remove.run(row.test_id, row.run_date);
    return rows;
  }

  /** A test's blacklist reports, for the history the rules are evaluated on. */
  blacklistReports(testId: string): (BlacklistReportInput & { timestamp_created: string })[] {
    const rows = cachedStatement(
      this.db,
      'SELECT timestamp_created, doc, blacklist_report FROM reports WHERE test_id = ? ORDER BY timestamp_created',
    ).all(testId) as { timestamp_created: string; doc: string; blacklist_report: string | null }[];
    return rows.map((r) => {
      const doc = JSON.parse(r.doc) as { domain: string; domain_ip?: string };
      return {
        timestamp_created: r.timestamp_created,
        domain: doc.domain,
        domain_ip: doc.domain_ip,
        blacklist_report: r.blacklist_report ? (JSON.parse(r.blacklist_report) as BlacklistReportInput['blacklist_report']) : null,
      };
    });
  }

  insertFiring(firing: AutomationFiring): void {
    cachedStatement(this.db, 'INSERT INTO automation_firings (id, test_id, doc) VALUES (?, ?, ?)').run(
      firing.id,
      firing.test_id,
      JSON.stringify(firing),
    );
  }

  setWebhookOutcome(id: string, outcome: WebhookOutcome): void {
    cachedStatement(
      this.db,
      "UPDATE automation_firings SET doc = json_set(doc, '$.webhook', json(?)) WHERE id = ?",
    ).run(JSON.stringify(outcome), id);
  }

  /** A test's firings, newest first. */
  firings(testId: string): AutomationFiring[] {
    const rows = cachedStatement(
      this.db,
      'SELECT doc FROM automation_firings WHERE test_id = ? ORDER BY id DESC LIMIT 500',
    ).all(testId) as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc) as AutomationFiring);
  }

  /** Pause a test (status 2), in the column and the document. */
  pauseTest(id: string): boolean {
    return (
      cachedStatement(
        this.db,
        "UPDATE placement_tests SET status = 2, doc = json_set(doc, '$.status', 2) WHERE id = ? AND status = 1",
      ).run(id).changes > 0
    );
  }

  /** The accounts among these emails that the workspace has. */
  knownAccounts(emails: readonly string[]): string[] {
    const rows = cachedStatement(
      this.db,
      'SELECT email FROM accounts WHERE email IN (SELECT lower(value) FROM json_each(?)) ORDER BY email',
    ).all(JSON.stringify(emails)) as { email: string }[];
    return rows.map((r) => r.email);
  }

  setSlowRamp(emails: readonly string[], on: boolean): number {
    return cachedStatement(
      this.db,
      "UPDATE accounts SET doc = json_set(doc, '$.enable_slow_ramp', json(?)) WHERE email IN (SELECT value FROM json_each(?))",
    ).run(on ? 'true' : 'false', JSON.stringify(emails)).changes;
  }

  /** The tag ids among these that exist in the workspace. */
  knownTags(tagIds: readonly string[]): string[] {
    const rows = cachedStatement(
      this.db,
      'SELECT id FROM custom_tags WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
    ).all(JSON.stringify(tagIds)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  tagAccounts(emails: readonly string[], tagIds: readonly string[]): number {
    const insert = cachedStatement(
      this.db,
      'INSERT OR IGNORE INTO resource_tags (tag_id, resource_type, resource_id) VALUES (?, ?, ?)',
    );
    let changed = 0;
    for (const tag of tagIds) for (const email of emails) changed += insert.run(tag, RESOURCE_ACCOUNT, email).changes;
    return changed;
  }

  untagAccounts(emails: readonly string[], tagIds: readonly string[]): number {
    return cachedStatement(
      this.db,
      `DELETE FROM resource_tags WHERE resource_type = ${RESOURCE_ACCOUNT}
       AND tag_id IN (SELECT value FROM json_each(?)) AND resource_id IN (SELECT value FROM json_each(?))`,
    ).run(JSON.stringify(tagIds), JSON.stringify(emails)).changes;
  }

  /**
   * Pause, until `untilMs`, the active campaigns that send from these accounts (their
   * `email_list`) or that are this test's campaign. Returns the paused campaigns' names.
   */
  pauseCampaigns(emails: readonly string[], campaignId: string | null, untilMs: number): string[] {
    const rows = cachedStatement(
      this.db,
      `SELECT id, json_extract(doc, '$.name') AS name FROM campaigns
       WHERE (status = 1 OR paused_until_ms IS NOT NULL) AND (id = ? OR EXISTS (
         SELECT 1 FROM json_each(json_extract(doc, '$.email_list')) AS e
         WHERE lower(e.value) IN (SELECT value FROM json_each(?))))`,
    ).all(campaignId ?? '', JSON.stringify(emails)) as { id: string; name: string }[];
    const pause = cachedStatement(
      this.db,
      `UPDATE campaigns SET status = 2, doc = json_set(doc, '$.status', 2),
       paused_until_ms = max(coalesce(paused_until_ms, 0), ?) WHERE id = ?`,
    );
    for (const row of rows) pause.run(untilMs, row.id);
    return rows.map((r) => r.name);
  }

  /** Campaigns whose pause has run out are active again. */
  resumeCampaigns(nowMs: number): number {
    return cachedStatement(
      this.db,
      `UPDATE campaigns SET status = 1, doc = json_set(doc, '$.status', 1), paused_until_ms = NULL
       WHERE paused_until_ms <= ?`,
    ).run(nowMs).changes;
  }
}
