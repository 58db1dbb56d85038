import type Database from 'better-sqlite3';
import { Conditions, cachedStatement, keysetPage, pageJson } from './keyset';

/**
 * Sending accounts, custom tags and campaigns: read-only pickers for the create form. Stored as
 * the contract's documents (`Account`, `CustomTag`, `Campaign`); tags attach through
 * `resource_tags` (resource_type 1 = account, 2 = campaign).
 */
export type Doc = Record<string, unknown>;
export const RESOURCE_ACCOUNT = 1;
export const RESOURCE_CAMPAIGN = 2;

export interface PickerListParams {
  limit: number;
  startingAfter?: string;
  search?: string;
}

const ids = (csv: string | undefined) =>
  csv
    ? csv
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** Keep only resources carrying one of the given tags (`tag_ids`, comma-separated). */
function withTags(c: Conditions, column: string, resourceType: number, tagIds: string | undefined) {
  const wanted = ids(tagIds);
  if (!wanted.length) return;
  c.add(
    `${column} IN (SELECT resource_id FROM resource_tags WHERE resource_type = ${resourceType}
    AND tag_id IN (SELECT value FROM json_each(?)))`,
    JSON.stringify(wanted),
  );
}

/** A sending account as the run engine sees it (runs/sender-state.ts). */
export interface SenderState {
  email: string;
  /** Instantly's account status: 1 active, 2 paused, negative for connection and sending errors. */
  status?: number;
  inbox_placement_test_limit?: number | null;
  /** The emulator's stand-in for a day's sending used up (`POST /__emulator/accounts`). */
  dailyLimitReached?: boolean;
}

export class PickersRepo {
  constructor(private readonly db: Database.Database) {}

  insertAccount(
    doc: Doc & { email: string; status: number; provider_code: number },
    tagIds: string[] = [],
  ): void {
    cachedStatement(
      this.db,
      'INSERT INTO accounts (email, status, provider_code, doc) VALUES (?, ?, ?, ?)',
    ).run(doc.email.toLowerCase(), doc.status, doc.provider_code, JSON.stringify(doc));
    for (const tagId of tagIds) this.tagResource(tagId, RESOURCE_ACCOUNT, doc.email.toLowerCase());
  }

  insertTag(doc: Doc & { id: string; label: string }): void {
    cachedStatement(this.db, 'INSERT INTO custom_tags (id, label_lc, doc) VALUES (?, ?, ?)').run(
      doc.id,
      doc.label.toLowerCase(),
      JSON.stringify(doc),
    );
  }

  insertCampaign(doc: Doc & { id: string; name: string; status: number }, tagIds: string[] = []): void {
    cachedStatement(this.db, 'INSERT INTO campaigns (id, name_lc, status, doc) VALUES (?, ?, ?, ?)').run(
      doc.id,
      doc.name.toLowerCase(),
      doc.status,
      JSON.stringify(doc),
    );
    for (const tagId of tagIds) this.tagResource(tagId, RESOURCE_CAMPAIGN, doc.id);
  }

  private tagResource(tagId: string, type: number, resourceId: string): void {
    cachedStatement(
      this.db,
      'INSERT OR IGNORE INTO resource_tags (tag_id, resource_type, resource_id) VALUES (?, ?, ?)',
    ).run(tagId, type, resourceId);
  }

  /** Accounts in email order; the cursor is an email, as the spec allows (docs/api/reference.md §1). */
  listAccounts(p: PickerListParams & { status?: number; tagIds?: string; includeTags?: boolean }): string {
    const c = new Conditions();
    if (p.search) c.add('instr(email, ?) > 0', p.search.toLowerCase());
    if (p.status !== undefined) c.add('status = ?', p.status);
    withTags(c, 'email', RESOURCE_ACCOUNT, p.tagIds);
    const page = keysetPage<{ email: string; doc: string }>(this.db, {
      table: 'accounts',
      select: 'email, doc',
      keyColumn: 'email',
      where: c.where,
      params: c.params,
      desc: false,
      cursor: p.startingAfter?.toLowerCase(),
      limit: p.limit,
    });
    const docs = p.includeTags
      ? page.rows.map((r) =>
          JSON.stringify({ ...JSON.parse(r.doc), tags: this.tagsOf(RESOURCE_ACCOUNT, r.email) }),
        )
      : page.rows.map((r) => r.doc);
    return pageJson(docs, page.next);
  }

  private tagsOf(type: number, resourceId: string): Doc[] {
    const rows = cachedStatement(
      this.db,
      `SELECT t.doc FROM resource_tags rt JOIN custom_tags t ON t.id = rt.tag_id
      WHERE rt.resource_type = ? AND rt.resource_id = ? ORDER BY t.id`,
    ).all(type, resourceId) as { doc: string }[];
    return rows.map((r) => {
      const tag = JSON.parse(r.doc) as Doc;
      return { id: tag.id, label: tag.label, description: tag.description ?? null };
    });
  }

  listTags(p: PickerListParams & { tagIds?: string; resourceIds?: string }): string {
    const c = new Conditions();
    if (p.search) c.add('instr(label_lc, ?) > 0', p.search.toLowerCase());
    if (ids(p.tagIds).length) c.add('id IN (SELECT value FROM json_each(?))', JSON.stringify(ids(p.tagIds)));
    if (ids(p.resourceIds).length) {
      const resources = ids(p.resourceIds).map((r) => (r.includes('@') ? r.toLowerCase() : r));
      c.add(
        'id IN (SELECT tag_id FROM resource_tags WHERE resource_id IN (SELECT value FROM json_each(?)))',
        JSON.stringify(resources),
      );
    }
    const page = keysetPage<{ id: string; doc: string }>(this.db, {
      table: 'custom_tags',
      select: 'id, doc',
      keyColumn: 'id',
      where: c.where,
      params: c.params,
      desc: false,
      cursor: p.startingAfter,
      limit: p.limit,
    });
    return pageJson(
      page.rows.map((r) => r.doc),
      page.next,
    );
  }

  /** Newest campaign first, as Instantly's campaign list shows them. */
  listCampaigns(p: PickerListParams & { status?: number; tagIds?: string }): string {
    const c = new Conditions();
    if (p.search) c.add('instr(name_lc, ?) > 0', p.search.toLowerCase());
    if (p.status !== undefined) c.add('status = ?', p.status);
    withTags(c, 'id', RESOURCE_CAMPAIGN, p.tagIds);
    const page = keysetPage<{ id: string; doc: string }>(this.db, {
      table: 'campaigns',
      select: 'id, doc',
      keyColumn: 'id',
      where: c.where,
      params: c.params,
      desc: true,
      cursor: p.startingAfter,
      limit: p.limit,
    });
    return pageJson(
      page.rows.map((r) => r.doc),
      page.next,
    );
  }

  campaign(id: string): Doc | undefined {
    const row = cachedStatement(this.db, 'SELECT doc FROM campaigns WHERE id = ?').get(id) as
      { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as Doc) : undefined;
  }

  tags(tagIds: string[]): Doc[] {
    if (!tagIds.length) return [];
    const rows = cachedStatement(
      this.db,
      'SELECT doc FROM custom_tags WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(tagIds)) as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc) as Doc);
  }

  /** Every account, for the run generator (who actually sends) and the seeders. */
  accounts(): Doc[] {
    return (
      cachedStatement(this.db, 'SELECT doc FROM accounts ORDER BY email').all() as { doc: string }[]
    ).map((r) => JSON.parse(r.doc) as Doc);
  }

  /** Each account's sending state, by lower-cased email (runs/sender-state.ts). */
  senderStates(): Map<string, SenderState> {
    const rows = cachedStatement(this.db, 'SELECT email, doc, daily_limit_reached FROM accounts').all() as {
      email: string;
      doc: string;
      daily_limit_reached: number;
    }[];
    return new Map(
      rows.map((r) => {
        const doc = JSON.parse(r.doc) as SenderState;
        return [r.email, { ...doc, email: r.email, dailyLimitReached: r.daily_limit_reached === 1 }];
      }),
    );
  }

  hasAccount(email: string): boolean {
    return cachedStatement(this.db, 'SELECT 1 FROM accounts WHERE email = ?').get(email.toLowerCase()) !== undefined;
  }

  /** Change a sender's state (`POST /__emulator/accounts`). */
  setSenderState(email: string, change: { status?: number; dailyLimitReached?: boolean }): void {
    const key = email.toLowerCase();
    const sets: string[] = [];
    const params: (string | number)[] = [];
    if (change.status !== undefined) {
      sets.push("status = ?, doc = json_set(doc, '$.status', ?)");
      params.push(change.status, change.status);
    }
    if (change.dailyLimitReached !== undefined) {
      sets.push('daily_limit_reached = ?');
      params.push(change.dailyLimitReached ? 1 : 0);
    }
    if (sets.length) this.db.prepare(`UPDATE accounts SET ${sets.join(', ')} WHERE email = ?`).run(...params, key);
  }

  /** Emails of accounts carrying any of the tags (a test may pick senders by tag). */
  accountEmailsTagged(tagIds: string[]): string[] {
    if (!tagIds.length) return [];
    const rows = cachedStatement(
      this.db,
      `SELECT DISTINCT resource_id FROM resource_tags WHERE resource_type = ${RESOURCE_ACCOUNT}
      AND tag_id IN (SELECT value FROM json_each(?)) ORDER BY resource_id`,
    ).all(JSON.stringify(tagIds)) as { resource_id: string }[];
    return rows.map((r) => r.resource_id);
  }
}
