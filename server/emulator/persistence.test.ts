import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator } from './create-emulator';
import { ADDED_COLUMNS, SCHEMA_SQL } from './store/store-schema';
import { call, createBody, FIXED_NOW } from '../../testing/emulator/test-kit';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a file store', () => {
  it('keeps tests, changes, deletions and the organization across a restart, without reseeding', async () => {
    const dbFile = join(dir, 'emulator.db');
    const first = createEmulator({ dbFile, now: () => FIXED_NOW });
    const created = (
      await call(first, 'POST', '/api/v2/inbox-placement-tests', {
        body: createBody({ name: 'Survives restarts' }),
      })
    ).body;
    const patched = (
      await call(first, 'PATCH', `/api/v2/inbox-placement-tests/${created.id}`, { body: { status: 2 } })
    ).body;
    const victim = (await call(first, 'GET', '/api/v2/inbox-placement-tests?limit=1&sort_order=asc')).body
      .items[0].id;
    await call(first, 'DELETE', `/api/v2/inbox-placement-tests/${victim}`);
    const counts = first.store.counts();
    expect(first.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    first.close();

    const second = createEmulator({ dbFile, now: () => FIXED_NOW });
    expect((await call(second, 'GET', `/api/v2/inbox-placement-tests/${created.id}`)).body).toEqual(patched);
    expect((await call(second, 'GET', `/api/v2/inbox-placement-tests/${victim}`)).status).toBe(404);
    expect(second.store.counts()).toEqual(counts);
    const found = await call(second, 'GET', '/api/v2/inbox-placement-tests?search=survives%20restart');
    expect(found.body.items.map((t: { id: string }) => t.id)).toEqual([created.id]);
    expect(second.store.organizationId).toBe(created.organization_id);
    second.close();
  });

  it('a server key given by the caller is the key the API accepts', async () => {
    const emulator = createEmulator({ dbFile: join(dir, 'k.db'), serverKey: 'fixed-key', seed: false });
    expect((await call(emulator, 'GET', '/api/v2/inbox-placement-tests', { key: 'fixed-key' })).body).toEqual(
      { items: [] },
    );
    expect((await call(emulator, 'GET', '/api/v2/inbox-placement-tests', { key: 'other' })).status).toBe(401);
    emulator.close();
    const random = createEmulator({ dbFile: ':memory:', seed: false });
    expect(random.serverKey).toMatch(/^emu_[A-Za-z0-9_-]{32}$/);
    random.close();
  });

  it('adds the run columns to a store file written before they existed, then runs tests in it', async () => {
    const dbFile = join(dir, 'old.db');
    const old = new Database(dbFile);
    let schema = SCHEMA_SQL;
    for (const [, column, type] of ADDED_COLUMNS) schema = schema.replace(`,\n  ${column} ${type}`, '');
    old.exec(schema);
    expect((old.pragma('table_info(analytics)') as { name: string }[]).map((c) => c.name)).not.toContain(
      'arrive_ms',
    );
    old.close();

    const emulator = createEmulator({ dbFile, now: () => FIXED_NOW, tickMs: 0 });
    const columns = (table: string) =>
      (emulator.store.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    expect(columns('analytics')).toEqual(expect.arrayContaining(['arrive_ms', 'received_doc']));
    expect(columns('placement_tests')).toEqual(
      expect.arrayContaining(['simulated', 'last_run_ms', 'complete_at_ms']),
    );
    const created = (await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody() }))
      .body;
    const rows = await call(emulator, 'GET', `/api/v2/inbox-placement-analytics?test_id=${created.id}`);
    expect(rows.body.items.length).toBeGreaterThan(0);
    emulator.close();
  });
});
