import Database from 'better-sqlite3';

/** The store file is locked by another process for longer than we wait. */
export class StoreBusyError extends Error {}

/** SQLITE_BUSY and SQLITE_LOCKED, with their extended codes (BUSY_SNAPSHOT, …). */
export function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}
