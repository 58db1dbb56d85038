import type Database from 'better-sqlite3';

/**
 * Keyset ("seek") pagination: `starting_after` is the key of the last item of the previous page,
 * so every page is an index range scan, however deep (docs/api/reference.md §1 "Pagination"). One extra
 * row is fetched to learn whether `next_starting_after` should be sent.
 */
export interface KeysetQuery {
  table: string;
  select: string;
  /** Unique column the cursor refers to (id, or email for accounts). */
  keyColumn: string;
  /** Optional leading sort column; ties are broken by `keyColumn`. */
  sortColumn?: string;
  /** Value of `sortColumn` for the cursor row, looked up by the caller. */
  cursorSortValue?: unknown;
  indexedBy?: string;
  /**
   * Optional rowid subquery that pre-selects the candidates (a full-text match). The page is
   * then found in two phases: keys sorted among the candidates, and only those rows loaded.
   */
  candidates?: { sql: string; params: unknown[] };
  where: string[];
  params: unknown[];
  desc: boolean;
  cursor?: string;
  limit: number;
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The page query and its parameters (exported so tests can check the plan is an index range scan). */
export function keysetSql(q: KeysetQuery): { sql: string; params: unknown[] } {
  const where = [...q.where];
  const params = [...q.params];
  const op = q.desc ? '<' : '>';
  const dir = q.desc ? 'DESC' : 'ASC';
  if (q.cursor !== undefined) {
    if (q.sortColumn) {
      where.push(`(${q.sortColumn}, ${q.keyColumn}) ${op} (?, ?)`);
      params.push(q.cursorSortValue, q.cursor);
    } else {
      where.push(`${q.keyColumn} ${op} ?`);
      params.push(q.cursor);
    }
  }
  const order = q.sortColumn ? `${q.sortColumn} ${dir}, ${q.keyColumn} ${dir}` : `${q.keyColumn} ${dir}`;
  if (q.candidates) {
    const inner =
      `SELECT ${q.keyColumn} FROM ${q.table} WHERE rowid IN (${q.candidates.sql})` +
      `${where.map((w) => ` AND ${w}`).join('')} ORDER BY ${order} LIMIT ?`;
    const sql = `SELECT ${q.select} FROM ${q.table} WHERE ${q.keyColumn} IN (${inner}) ORDER BY ${order}`;
    return { sql, params: [...q.candidates.params, ...params, q.limit + 1] };
  }
  const sql =
    `SELECT ${q.select} FROM ${q.table}${q.indexedBy ? ` INDEXED BY ${q.indexedBy}` : ''}` +
    `${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
  return { sql, params: [...params, q.limit + 1] };
}

export function keysetPage<Row extends Record<string, unknown>>(
  db: Database.Database,
  q: KeysetQuery,
): { rows: Row[]; next?: string } {
  const { sql, params } = keysetSql(q);
  const rows = cachedStatement(db, sql).all(...params) as Row[];
  if (rows.length <= q.limit) return { rows };
  rows.length = q.limit;
  return { rows, next: String(rows[rows.length - 1]?.[q.keyColumn]) };
}

/** `{"items":[...],"next_starting_after":"..."}` from stored JSON documents. */
export function pageJson(docs: string[], next?: string): string {
  const tail = next === undefined ? '' : `,"next_starting_after":${JSON.stringify(next)}`;
  return `{"items":[${docs.join(',')}]${tail}}`;
}

/** Collects WHERE clauses and their positional parameters. */
export class Conditions {
  readonly where: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...values: unknown[]): this {
    this.where.push(sql);
    this.params.push(...values);
    return this;
  }
}
