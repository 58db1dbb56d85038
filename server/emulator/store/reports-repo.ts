import type Database from 'better-sqlite3';
import type { Report } from '../../../core/contract/reports';
import { Conditions, cachedStatement, keysetPage, pageJson } from './keyset';
import { lowerBound, upperBound } from './date-range';

/**
 * Blacklist & SpamAssassin reports (docs/api/reference.md §5). The two nested reports are stored apart so
 * `skip_spam_assassin_report` / `skip_blacklist_report` simply leave them out of the text.
 */
export interface ReportsFilter {
  testId: string;
  dateFrom?: string;
  dateTo?: string;
  skipSpamAssassin?: boolean;
  skipBlacklist?: boolean;
}

interface ReportRow extends Record<string, unknown> {
  id: string;
  doc: string;
  spam_assassin_report: string | null;
  blacklist_report: string | null;
}

function compose(row: ReportRow, skipSpamAssassin = false, skipBlacklist = false): string {
  const extra: string[] = [];
  if (!skipSpamAssassin && row.spam_assassin_report)
    extra.push(`"spam_assassin_report":${row.spam_assassin_report}`);
  if (!skipBlacklist && row.blacklist_report) extra.push(`"blacklist_report":${row.blacklist_report}`);
  return extra.length ? `${row.doc.slice(0, -1)},${extra.join(',')}}` : row.doc;
}

export class ReportsRepo {
  constructor(private readonly db: Database.Database) {}

  insertMany(reports: Report[]): void {
    const insert = cachedStatement(
      this.db,
      `INSERT INTO reports (id, test_id, timestamp_created, doc, spam_assassin_report, blacklist_report)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const { spam_assassin_report, blacklist_report, ...base } of reports) {
        insert.run(
          base.id,
          base.test_id,
          base.timestamp_created,
          JSON.stringify(base),
          spam_assassin_report ? JSON.stringify(spam_assassin_report) : null,
          blacklist_report ? JSON.stringify(blacklist_report) : null,
        );
      }
    }).immediate();
  }

  getJson(id: string): string | undefined {
    const row = cachedStatement(
      this.db,
      'SELECT id, doc, spam_assassin_report, blacklist_report FROM reports WHERE id = ?',
    ).get(id) as ReportRow | undefined;
    return row ? compose(row) : undefined;
  }

  /** Newest first, cursor = last report id. */
  listJson(f: ReportsFilter, limit: number, startingAfter?: string): string {
    const c = new Conditions().add('test_id = ?', f.testId);
    const from = lowerBound(f.dateFrom);
    const to = upperBound(f.dateTo);
    if (from) c.add('timestamp_created >= ?', from);
    if (to) c.add('timestamp_created <= ?', to);
    const page = keysetPage<ReportRow>(this.db, {
      table: 'reports',
      select: 'id, doc, spam_assassin_report, blacklist_report',
      keyColumn: 'id',
      indexedBy: 'ix_rep_test_id',
      where: c.where,
      params: c.params,
      desc: true,
      cursor: startingAfter,
      limit,
    });
    return pageJson(
      page.rows.map((r) => compose(r, f.skipSpamAssassin, f.skipBlacklist)),
      page.next,
    );
  }
}
