/**
 * The results store's tables (ADR 020). Every row carries its workspace: one file serves all
 * configured workspaces, and a workspace's rows go when it is removed from the configuration.
 *
 * - `tests`: what the last list said, plus what the sync last checked (`checked_status`,
 *   `stats_count` from stats-by-test-id) to skip a test that cannot have changed.
 * - `days`: one row per test and UTC day with results, with the counts stats-by-date gave when
 *   its records were read; `final` once the day is past its grace period and was read complete.
 * - `records`: one row per analytics record, only the columns the pages read.
 * - `reports`: the blacklist part of each report, listed lists only.
 * - `accounts`: each sender's state in Instantly.
 */
export const RESULTS_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS tests (
  workspace TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, status INTEGER,
  emails TEXT NOT NULL, checked_status INTEGER, stats_count INTEGER,
  PRIMARY KEY (workspace, id)
);
CREATE TABLE IF NOT EXISTS days (
  workspace TEXT NOT NULL, test_id TEXT NOT NULL, date TEXT NOT NULL,
  sent INTEGER NOT NULL, received INTEGER NOT NULL, final INTEGER NOT NULL,
  PRIMARY KEY (workspace, test_id, date)
);
CREATE TABLE IF NOT EXISTS records (
  workspace TEXT NOT NULL, id TEXT NOT NULL, test_id TEXT NOT NULL, date TEXT NOT NULL,
  created TEXT NOT NULL, sender TEXT NOT NULL, domain TEXT NOT NULL, recipient_esp INTEGER,
  placement TEXT, spf INTEGER, dkim INTEGER, dmarc INTEGER,
  PRIMARY KEY (workspace, id)
);
CREATE INDEX IF NOT EXISTS records_by_day ON records (workspace, test_id, date);
CREATE INDEX IF NOT EXISTS records_by_date ON records (date);
CREATE TABLE IF NOT EXISTS reports (
  workspace TEXT NOT NULL, test_id TEXT NOT NULL, date TEXT NOT NULL, domain TEXT NOT NULL,
  created TEXT NOT NULL, listed TEXT NOT NULL,
  PRIMARY KEY (workspace, test_id, date, domain)
);
CREATE TABLE IF NOT EXISTS accounts (
  workspace TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, status INTEGER,
  PRIMARY KEY (workspace, email)
);
CREATE TABLE IF NOT EXISTS workspaces (
  workspace TEXT PRIMARY KEY, name TEXT NOT NULL, synced_at INTEGER, error TEXT
);
`;
