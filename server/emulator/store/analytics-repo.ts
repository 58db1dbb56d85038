import type Database from 'better-sqlite3';
import type { AnalyticsRecord } from '../../../core/contract/analytics';
import { Conditions, cachedStatement, keysetPage, pageJson } from './keyset';
import { lowerBound, upperBound } from './date-range';

/** One sent email of a run, as generated: the sent row and, if it arrives, its received row. */
export interface RunRecord {
  sent: AnalyticsRecord;
  /** What the row becomes once it arrives; null when the email never arrives. */
  received: AnalyticsRecord | null;
  arriveMs: number | null;
}

/** Filters shared by the list and the three stats operations (docs/api/reference.md §4.2). */
export interface AnalyticsFilter {
  testIds: string[];
  dateFrom?: string;
  dateTo?: string;
  geo?: number[];
  type?: number[];
  esp?: number[];
  senderEmail?: string;
}

function bool(value: boolean | null | undefined): number | null {
  return value === null || value === undefined ? null : value ? 1 : 0;
}

export function filterSql(f: AnalyticsFilter): Conditions {
  const c = new Conditions();
  if (f.testIds.length === 1) c.add('test_id = ?', f.testIds[0]);
  else c.add('test_id IN (SELECT value FROM json_each(?))', JSON.stringify(f.testIds));
  const from = lowerBound(f.dateFrom);
  const to = upperBound(f.dateTo);
  if (from) c.add('timestamp_created >= ?', from);
  if (to) c.add('timestamp_created <= ?', to);
  for (const [column, codes] of [
    ['recipient_geo', f.geo],
    ['recipient_type', f.type],
    ['recipient_esp', f.esp],
  ] as const) {
    if (codes?.length) c.add(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(codes));
  }
  if (f.senderEmail) c.add('sender_email = ? COLLATE NOCASE', f.senderEmail);
  return c;
}

/**
 * Placement buckets over received rows, as core/rules/placement.ts decides them (docs/api/reference.md §4.1:
 * spam, else category tab, else inbox); percents 0–100.
 */
const SPAM = 'is_spam = 1';
const CATEGORY = 'coalesce(is_spam, 0) = 0 AND has_category = 1';
const INBOX = 'coalesce(is_spam, 0) = 0 AND coalesce(has_category, 0) = 0';
const PLACEMENT_COLUMNS = `
  count(*) AS count,
  coalesce(sum(${SPAM}), 0) AS spam_count,
  coalesce(sum(${INBOX}), 0) AS inbox_count,
  coalesce(sum(${CATEGORY}), 0) AS category_count,
  round(100.0 * coalesce(sum(${SPAM}), 0) / count(*), 2) AS spam_percent,
  round(100.0 * coalesce(sum(${INBOX}), 0) / count(*), 2) AS inbox_percent,
  round(100.0 * coalesce(sum(${CATEGORY}), 0) / count(*), 2) AS category_percent`;

export interface PlacementStats {
  count: number;
  spam_count: number;
  inbox_count: number;
  category_count: number;
  spam_percent: number;
  inbox_percent: number;
  category_percent: number;
}

export class AnalyticsRepo {
  constructor(private readonly db: Database.Database) {}

  /** A run's rows as sent, each with what it becomes on arrival (see `settleArrivals`). */
  insertRun(records: RunRecord[]): void {
    const insert = cachedStatement(
      this.db,
      `INSERT INTO analytics (id, test_id, timestamp_created, created_date, record_type, sender_email, sender_esp,
         recipient_esp, recipient_geo, recipient_type, is_spam, has_category, doc, arrive_ms, received_doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const { sent: r, received, arriveMs } of records) {
        insert.run(
          r.id,
          r.test_id,
          r.timestamp_created,
          r.timestamp_created_date,
          r.record_type ?? 1,
          r.sender_email ?? null,
          r.sender_esp ?? null,
          r.recipient_esp ?? null,
          r.recipient_geo ?? null,
          r.recipient_type ?? null,
          bool(r.is_spam),
          bool(r.has_category),
          JSON.stringify(r),
          received ? arriveMs : null,
          received ? JSON.stringify(received) : null,
        );
      }
    }).immediate();
  }

  /**
   * Emails whose arrival time has passed become received rows: same id and send time, the
   * verdict columns filled from the stored received document. Returns how many arrived.
   */
  settleArrivals(nowMs: number): number {
    return cachedStatement(
      this.db,
      `UPDATE analytics SET record_type = 2, doc = received_doc, received_doc = NULL,
         sender_esp = json_extract(received_doc, '$.sender_esp'),
         is_spam = json_extract(received_doc, '$.is_spam'),
         has_category = json_extract(received_doc, '$.has_category')
       WHERE received_doc IS NOT NULL AND arrive_ms <= ?`,
    ).run(nowMs).changes;
  }

  /** When a run's results are final: the last arrival, or the grace period after a send that never arrives. */
  resultsFinalAt(testId: string, graceMs: number): number | null {
    const row = cachedStatement(
      this.db,
      `SELECT max(coalesce(arrive_ms, CAST(strftime('%s', timestamp_created) AS INTEGER) * 1000 + ?)) AS at
       FROM analytics WHERE test_id = ?`,
    ).get(graceMs, testId) as { at: number | null };
    return row.at;
  }

  getJson(id: string): string | undefined {
    return (
      cachedStatement(this.db, 'SELECT doc FROM analytics WHERE id = ?').get(id) as
        { doc: string } | undefined
    )?.doc;
  }

  /** Newest first; the cursor is the last row's id (UUIDv7). */
  listJson(filter: AnalyticsFilter, limit: number, startingAfter?: string): string {
    const { where, params } = filterSql(filter);
    const page = keysetPage<{ id: string; doc: string }>(this.db, {
      table: 'analytics',
      select: 'id, doc',
      keyColumn: 'id',
      indexedBy: 'ix_an_test_id',
      where,
      params,
      desc: true,
      cursor: startingAfter,
      limit,
    });
    return pageJson(
      page.rows.map((r) => r.doc),
      page.next,
    );
  }

  statsByTest(filter: AnalyticsFilter): (PlacementStats & { test_id: string })[] {
    const { where, params } = filterSql(filter);
    const sql = `SELECT test_id, ${PLACEMENT_COLUMNS} FROM analytics WHERE record_type = 2 AND ${where.join(' AND ')} GROUP BY test_id`;
    const rows = cachedStatement(this.db, sql).all(...params) as (PlacementStats & { test_id: string })[];
    const order = new Map(filter.testIds.map((id, i) => [id, i]));
    return rows.sort((a, b) => (order.get(a.test_id) ?? 0) - (order.get(b.test_id) ?? 0));
  }

  statsByEspPair(
    filter: AnalyticsFilter,
  ): (PlacementStats & { sender_esp: number; recipient_esp: number })[] {
    const { where, params } = filterSql(filter);
    const sql = `SELECT sender_esp, recipient_esp, ${PLACEMENT_COLUMNS} FROM analytics
      WHERE record_type = 2 AND sender_esp IS NOT NULL AND recipient_esp IS NOT NULL AND ${where.join(' AND ')}
      GROUP BY sender_esp, recipient_esp ORDER BY sender_esp, recipient_esp`;
    return cachedStatement(this.db, sql).all(...params) as (PlacementStats & {
      sender_esp: number;
      recipient_esp: number;
    })[];
  }

  /** One row per UTC day: every email sent that day, and how the received ones landed. */
  statsByDate(filter: AnalyticsFilter) {
    const { where, params } = filterSql(filter);
    const sql = `SELECT created_date AS timestamp_created_date,
        count(*) AS sent_count,
        coalesce(sum(record_type = 2), 0) AS received_count,
        coalesce(sum(record_type = 2 AND ${SPAM}), 0) AS spam_count,
        coalesce(sum(record_type = 2 AND ${INBOX}), 0) AS inbox_count,
        coalesce(sum(record_type = 2 AND ${CATEGORY}), 0) AS category_count
      FROM analytics WHERE ${where.join(' AND ')} GROUP BY created_date ORDER BY created_date`;
    return cachedStatement(this.db, sql).all(...params) as {
      timestamp_created_date: string;
      sent_count: number;
      received_count: number;
      spam_count: number;
      inbox_count: number;
      category_count: number;
    }[];
  }
}
