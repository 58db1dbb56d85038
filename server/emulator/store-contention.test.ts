import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { createEmulatorBackend } from '../emulator-backend';
import type { Emulator } from './create-emulator';
import { AUTOMATED_SCHEDULE, call, createBody, testEmulator } from '../../testing/emulator/test-kit';

/**
 * Issue 14, item 4: another connection on the same SQLite file (a second server, a sqlite3
 * shell) holding the write lock. Nothing may end the process; a request gets a clear 503 and
 * changes nothing; the ticker logs and tries again.
 */
let dir = '';
let open: { close(): void }[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'contention-'));
});
afterEach(() => {
  for (const o of open.reverse()) o.close();
  open = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const file = () => join(dir, 'emulator.sqlite');
function emulatorOnFile(opts: Parameters<typeof testEmulator>[0] = {}): Emulator {
  const emulator = testEmulator({ dbFile: file(), busyTimeoutMs: 20, ...opts });
  open.push(emulator);
  return emulator;
}
const rowsOf = (emulator: Emulator, id: string) =>
  (emulator.store.db.prepare('SELECT count(*) AS n FROM analytics WHERE test_id = ?').get(id) as { n: number }).n;

/** Another process's write transaction, held until released. */
function holdWriteLock() {
  const other = new Database(file());
  open.push(other);
  other.exec('BEGIN IMMEDIATE');
  return () => other.exec('COMMIT');
}

describe('a store locked by another connection', () => {
  it('answers a write 503 in Instantly’s error shape, changes nothing, and reads go on', async () => {
    const emulator = emulatorOnFile();
    const id = (await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=1')).body.items[0].id;
    const before = emulator.store.snapshotHash();
    const release = holdWriteLock();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const [method, path, body] of [
      ['PATCH', `/api/v2/inbox-placement-tests/${id}`, { name: 'Renamed' }],
      ['POST', '/api/v2/inbox-placement-tests', createBody()],
      ['DELETE', `/api/v2/inbox-placement-tests/${id}`, undefined],
    ] as const) {
      const res = await call(emulator, method, path, { body });
      expect(res.status, `${method} ${path}`).toBe(503);
      expect(res.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(/busy.*Nothing was changed/) });
      expect(res.headers.get('retry-after')).toBe('1');
    }
    expect((await call(emulator, 'GET', `/api/v2/inbox-placement-tests/${id}`)).status).toBe(200);
    release();
    expect(emulator.store.snapshotHash()).toBe(before);
    expect((await call(emulator, 'PATCH', `/api/v2/inbox-placement-tests/${id}`, { body: { name: 'Renamed' } })).status).toBe(200);
  });

  it('the dashboard retries a busy answer without blocking, and the write lands once the lock is gone', async () => {
    const backend = createEmulatorBackend({ dbFile: file(), control: false, tickMs: 0, busyTimeoutMs: 20, busyRetryMs: [50, 100, 200, 400, 800, 1600] });
    open.push(backend);
    const app = createApp({ backend, isLoopback: () => true });
    const release = holdWriteLock();
    let sawBusy: () => void = () => undefined;
    const busy = new Promise<void>((resolve) => (sawBusy = resolve));
    vi.spyOn(console, 'warn').mockImplementation(() => sawBusy());
    const answer = app.fetch(
      new Request('http://127.0.0.1/api/v2/inbox-placement-tests', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(createBody({ name: 'Once' })) }),
    );
    await busy;
    release();
    const res = await answer;
    expect(res.status).toBe(200);
    const found = await app.fetch(new Request('http://127.0.0.1/api/v2/inbox-placement-tests?search=Once&limit=10'));
    expect(((await found.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('the run ticker logs a busy store and catches up on a later tick instead of ending the process', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const emulator = emulatorOnFile({ tickMs: 1_000 });
    const { id } = (await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody({ type: 2, schedule: AUTOMATED_SCHEDULE }) })).body;
    emulator.clock.advance(7 * 86_400_000);
    const release = holdWriteLock();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => vi.advanceTimersByTime(1_000)).not.toThrow();
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/trying again on the next tick/), expect.stringMatching(/locked/));
    expect(rowsOf(emulator, id)).toBe(0);
    release();
    vi.advanceTimersByTime(1_000);
    expect(rowsOf(emulator, id)).toBeGreaterThan(0);
    expect(emulator.store.runs.lastRunMs(id)).not.toBeNull();
  });
});

describe('two servers on one file', () => {
  it('the second starts on the first one’s data: seeded once, one organization, both answer', async () => {
    const first = emulatorOnFile();
    const counts = first.store.counts();
    const second = emulatorOnFile();
    expect(second.store.counts()).toEqual(counts);
    expect(second.store.organizationId).toBe(first.store.organizationId);
    const created = (await call(first, 'POST', '/api/v2/inbox-placement-tests', { body: createBody() })).body;
    expect((await call(second, 'PATCH', `/api/v2/inbox-placement-tests/${created.id}`, { body: { name: 'From the second' } })).status).toBe(200);
    expect((await call(first, 'GET', `/api/v2/inbox-placement-tests/${created.id}`)).body.name).toBe('From the second');
  });

  it('both catch up on the same due test and record its run once', async () => {
    const first = emulatorOnFile();
    const second = emulatorOnFile();
    const { id } = (await call(first, 'POST', '/api/v2/inbox-placement-tests', { body: createBody({ type: 2, schedule: AUTOMATED_SCHEDULE }) })).body;
    first.clock.advance(7 * 86_400_000);
    second.clock.advance(7 * 86_400_000);
    expect((await call(first, 'GET', '/api/v2/inbox-placement-tests?limit=1')).status).toBe(200);
    const rows = rowsOf(first, id);
    expect(rows).toBeGreaterThan(0);
    expect((await call(second, 'GET', `/api/v2/inbox-placement-analytics?test_id=${id}&limit=1`)).status).toBe(200);
    expect(rowsOf(second, id)).toBe(rows);
  });

  it('a server that cannot get the file at start says which file, instead of a stack trace', () => {
    emulatorOnFile({ seed: false });
    holdWriteLock();
    expect(() => emulatorOnFile({ seed: true, startTimeoutMs: 20 })).toThrow(
      expect.objectContaining({ name: 'Error', message: expect.stringContaining(`EMULATOR_DB: ${file()} stayed locked by another process`) }),
    );
  });
});
