/**
 * Tables keep the API document as JSON text (`doc`) next to the scalar columns that filters,
 * sorting and the stats queries need. List pages are answered from covering indexes and the
 * stored text is spliced into the response without re-serialising it.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS placement_tests (
  id TEXT NOT NULL UNIQUE,
  name_lc TEXT NOT NULL,
  status INTEGER NOT NULL,
  type INTEGER NOT NULL,
  timestamp_created TEXT NOT NULL,
  next_run_ms INTEGER,
  doc TEXT NOT NULL,
  simulated INTEGER NOT NULL DEFAULT 1,
  last_run_ms INTEGER,
  complete_at_ms INTEGER
);
CREATE INDEX IF NOT EXISTS ix_pt_id ON placement_tests (id, status, name_lc);
CREATE INDEX IF NOT EXISTS ix_pt_status_id ON placement_tests (status, id, name_lc);
CREATE INDEX IF NOT EXISTS ix_pt_name ON placement_tests (name_lc, id, status);
CREATE INDEX IF NOT EXISTS ix_pt_status_name ON placement_tests (status, name_lc, id);
CREATE INDEX IF NOT EXISTS ix_pt_created ON placement_tests (timestamp_created, id, status, name_lc);
CREATE INDEX IF NOT EXISTS ix_pt_status_created ON placement_tests (status, timestamp_created, id, name_lc);

-- Trigram index over names: a search that matches few tests among many finds them here instead
-- of walking every name (placement-tests-repo.ts picks the path per query).
CREATE VIRTUAL TABLE IF NOT EXISTS placement_tests_fts USING fts5(
  name_lc, content = 'placement_tests', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER IF NOT EXISTS placement_tests_fts_insert AFTER INSERT ON placement_tests BEGIN
  INSERT INTO placement_tests_fts (rowid, name_lc) VALUES (new.rowid, new.name_lc);
END;
CREATE TRIGGER IF NOT EXISTS placement_tests_fts_delete AFTER DELETE ON placement_tests BEGIN
  INSERT INTO placement_tests_fts (placement_tests_fts, rowid, name_lc) VALUES ('delete', old.rowid, old.name_lc);
END;
CREATE TRIGGER IF NOT EXISTS placement_tests_fts_update AFTER UPDATE OF name_lc ON placement_tests BEGIN
  INSERT INTO placement_tests_fts (placement_tests_fts, rowid, name_lc) VALUES ('delete', old.rowid, old.name_lc);
  INSERT INTO placement_tests_fts (rowid, name_lc) VALUES (new.rowid, new.name_lc);
END;

CREATE TABLE IF NOT EXISTS analytics (
  id TEXT NOT NULL UNIQUE,
  test_id TEXT NOT NULL,
  timestamp_created TEXT NOT NULL,
  created_date TEXT NOT NULL,
  record_type INTEGER NOT NULL,
  sender_email TEXT,
  sender_esp INTEGER,
  recipient_esp INTEGER,
  recipient_geo INTEGER,
  recipient_type INTEGER,
  is_spam INTEGER,
  has_category INTEGER,
  doc TEXT NOT NULL,
  arrive_ms INTEGER,
  received_doc TEXT
);
CREATE INDEX IF NOT EXISTS ix_an_test_id ON analytics (test_id, id);
CREATE INDEX IF NOT EXISTS ix_an_test_created ON analytics (test_id, timestamp_created);

CREATE TABLE IF NOT EXISTS reports (
  id TEXT NOT NULL UNIQUE,
  test_id TEXT NOT NULL,
  timestamp_created TEXT NOT NULL,
  doc TEXT NOT NULL,
  spam_assassin_report TEXT,
  blacklist_report TEXT
);
CREATE INDEX IF NOT EXISTS ix_rep_test_id ON reports (test_id, id);
CREATE INDEX IF NOT EXISTS ix_rep_test_created ON reports (test_id, timestamp_created);

CREATE TABLE IF NOT EXISTS accounts (
  email TEXT PRIMARY KEY,
  status INTEGER NOT NULL,
  provider_code INTEGER NOT NULL,
  doc TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS custom_tags (
  id TEXT PRIMARY KEY,
  label_lc TEXT NOT NULL,
  doc TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS campaigns (
  id TEXT PRIMARY KEY,
  name_lc TEXT NOT NULL,
  status INTEGER NOT NULL,
  doc TEXT NOT NULL
) WITHOUT ROWID;

-- Instantly's custom tags attach to resources: resource_type 1 = account, 2 = campaign.
CREATE TABLE IF NOT EXISTS resource_tags (
  tag_id TEXT NOT NULL,
  resource_type INTEGER NOT NULL,
  resource_id TEXT NOT NULL,
  PRIMARY KEY (tag_id, resource_type, resource_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_rt_resource ON resource_tags (resource_type, resource_id);

-- Emulator state, not API data (ADR 017): the runs whose rules are evaluated once their results
-- are final, and the record of every rule that fired (served by an emulator-only route).
CREATE TABLE IF NOT EXISTS automation_checks (
  test_id TEXT NOT NULL,
  run_date TEXT NOT NULL,
  due_ms INTEGER NOT NULL,
  PRIMARY KEY (test_id, run_date)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_ac_due ON automation_checks (due_ms);
CREATE TABLE IF NOT EXISTS automation_firings (
  id TEXT PRIMARY KEY,
  test_id TEXT NOT NULL,
  doc TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_af_test ON automation_firings (test_id, id);
`;

/**
 * Columns added after the first release, with the indexes that use them: a store file written
 * before gets the columns once (ALTER TABLE), then the indexes. The partial indexes hold only
 * what the run scheduler looks for, so its checks on every request stay cheap at 100k tests.
 */
export const ADDED_COLUMNS = [
  ['placement_tests', 'simulated', 'INTEGER NOT NULL DEFAULT 1'],
  ['placement_tests', 'last_run_ms', 'INTEGER'],
  ['placement_tests', 'complete_at_ms', 'INTEGER'],
  ['analytics', 'arrive_ms', 'INTEGER'],
  ['analytics', 'received_doc', 'TEXT'],
  // Emulator state, not API data: a sender's day of sending used up (runs/sender-state.ts).
  ['accounts', 'daily_limit_reached', 'INTEGER NOT NULL DEFAULT 0'],
  // Emulator state: a campaign paused by an automation until then (ADR 017).
  ['campaigns', 'paused_until_ms', 'INTEGER'],
] as const;

export const RUN_INDEX_SQL = `
CREATE INDEX IF NOT EXISTS ix_pt_due ON placement_tests (next_run_ms)
  WHERE status = 1 AND type = 2 AND simulated = 1;
CREATE INDEX IF NOT EXISTS ix_pt_finishing ON placement_tests (complete_at_ms)
  WHERE complete_at_ms IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_an_arrival ON analytics (arrive_ms)
  WHERE received_doc IS NOT NULL;
`;

/** Tables holding workspace data (meta survives a reset so the organization id is stable). */
export const DATA_TABLES = [
  'placement_tests',
  'analytics',
  'reports',
  'accounts',
  'custom_tags',
  'campaigns',
  'resource_tags',
  'automation_checks',
  'automation_firings',
] as const;
