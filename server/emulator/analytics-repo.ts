import type Database from 'better-sqlite3';
import type { AnalyticsRecord } from '../../src/api/analytics/schemas';
import { Conditions, cachedStatement, keysetPage, pageJson } from './keyset';
import { lowerBound, upperBound } from './date-range';

/** Filters shared by the list and the three stats operations (reference §4.2). */
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

/** Placement buckets over received rows (reference §4.1: spam, else category tab, else inbox), 0–100. */
const PLACEMENT_COLUMNS = `
  count(*) AS count,
  coalesce(sum(is_spam = 1), 0) AS spam_count,
  coalesce(sum(is_spam = 0 AND has_category = 0), 0) AS inbox_count,
  coalesce(sum(is_spam = 0 AND has_category = 1), 0) AS category_count,
  round(100.0 * coalesce(sum(is_spam = 1), 0) / count(*), 2) AS spam_percent,
  round(100.0 * coalesce(sum(is_spam = 0 AND has_category = 0), 0) / count(*), 2) AS inbox_percent,
  round(100.0 * coalesce(sum(is_spam = 0 AND has_category = 1), 0) / count(*), 2) AS category_percent`;

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

  insertMany(records: AnalyticsRecord[]): void {
    const insert = cachedStatement(
      this.db,
      `INSERT INTO analytics (id, test_id, timestamp_created, created_date, record_type, sender_email, sender_esp,
         recipient_esp, recipient_geo, recipient_type, is_spam, has_category, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const r of records) {
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
        );
      }
    })();
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
        coalesce(sum(record_type = 2 AND is_spam = 1), 0) AS spam_count,
        coalesce(sum(record_type = 2 AND is_spam = 0 AND has_category = 0), 0) AS inbox_count,
        coalesce(sum(record_type = 2 AND is_spam = 0 AND has_category = 1), 0) AS category_count
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
