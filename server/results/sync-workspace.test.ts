import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../core/rules/rate-limiter';
import type { Backend } from '../backend';
import { createEmulatorBackend } from '../emulator-backend';
import { ResultsStore } from './results-store';
import { syncWorkspace } from './sync-workspace';
import { createWorkspaceApi, SyncCancelled } from './workspace-api';

/**
 * The sync against the real emulator with its demo workspace, through the same Backend.fetch the
 * browser's calls take. Every request is recorded, so "nothing final is read twice" is counted,
 * not assumed.
 */
let backend: Backend;
let store: ResultsStore;
let calls: URL[];
let offsetMs: number;
const now = () => Date.now() + offsetMs;

beforeEach(() => {
  const emulator = createEmulatorBackend({ dbFile: ':memory:', control: true, tickMs: 0 });
  calls = [];
  offsetMs = 0;
  backend = {
    ...emulator,
    fetch: (request) => {
      calls.push(new URL(request.url));
      return emulator.fetch(request);
    },
  };
  store = new ResultsStore(':memory:');
});
afterEach(() => {
  store.close();
  backend.close();
});

// Generous ceilings: these tests are about what is asked, not how fast (the pacing has its own tests).
const api = () => createWorkspaceApi(backend, 'emulator', new RateLimiter({ perSecond: 10_000, perMinute: 1_000_000 }));
const sync = (signal = new AbortController().signal) => syncWorkspace({ store, api: api(), workspace: 'emulator', now, signal });

async function control(path: string, body?: unknown) {
  const res = await backend.control!(
    new Request(`http://127.0.0.1/__emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }),
  );
  expect(res.ok).toBe(true);
}
async function advance(ms: number) {
  offsetMs += ms;
  await control('clock', { advanceMs: ms });
}
const pageReads = () => calls.filter((u) => u.pathname === '/api/v2/inbox-placement-analytics').map((u) => u.search);
const recordReads = () => calls.filter((u) => u.pathname === '/api/v2/inbox-placement-analytics').map((u) => `${u.searchParams.get('test_id')}|${u.searchParams.get('date_from')}`);

describe('syncWorkspace', () => {
  it('reads every record of the demo workspace once, and a second sync right after reads no record again', async () => {
    const first = await sync();
    expect(first.recordsRead).toBeGreaterThan(1000);
    expect(store.counts().records).toBe(first.recordsRead);
    expect(new Set(pageReads()).size).toBe(pageReads().length);

    calls = [];
    const second = await sync();
    expect(recordReads()).toEqual([]);
    expect(second.recordsRead).toBe(0);
    // Settled tests (completed, every day final) cost nothing: fewer calls than tests.
    expect(second.calls).toBeLessThan(store.counts().tests);
  });

  it('after a week of new runs, reads only the new and still-open days, never a final one', async () => {
    await sync();
    const finalBefore = new Set(store.days('emulator').filter((d) => d.final).map((d) => `${d.testId}|${d.date}`));
    expect(finalBefore.size).toBeGreaterThan(0);
    const recordsBefore = store.counts().records;

    calls = [];
    await advance(7 * 86_400_000);
    const next = await sync();
    expect(next.daysRead).toBeGreaterThan(0);
    for (const read of recordReads()) expect(finalBefore.has(read)).toBe(false);
    expect(store.counts().records).toBeGreaterThan(recordsBefore);
  });

  it('drops a test deleted in Instantly, with its records', async () => {
    await sync();
    const [victim] = store.tests('emulator').filter((t) => store.days('emulator', t.id).length > 0);
    const res = await backend.fetch(new Request(`http://127.0.0.1/api/v2/inbox-placement-tests/${victim!.id}`, { method: 'DELETE' }));
    expect(res.ok).toBe(true);
    await sync();
    expect(store.tests('emulator').map((t) => t.id)).not.toContain(victim!.id);
    expect(store.days('emulator', victim!.id)).toEqual([]);
    expect(store.records(['emulator'], '2000-01-01', '2999-12-31').some((r) => r.test_id === victim!.id)).toBe(false);
  });

  it('cancelled half way, a later sync finishes the job without duplicates', async () => {
    const controller = new AbortController();
    const partial = syncWorkspace({
      store,
      api: api(),
      workspace: 'emulator',
      now,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.recordsDone > 300) controller.abort();
      },
    });
    await expect(partial).rejects.toBeInstanceOf(SyncCancelled);
    const halfway = store.counts().records;
    await sync();

    const fresh = new ResultsStore(':memory:');
    await syncWorkspace({ store: fresh, api: api(), workspace: 'emulator', now, signal: new AbortController().signal });
    expect(halfway).toBeLessThan(fresh.counts().records);
    expect(store.counts().records).toBe(fresh.counts().records);
    fresh.close();
  });

  it('keeps each sender’s placement and domain, and the listed blacklists apart as major and minor', async () => {
    await sync();
    const records = store.records(['emulator'], '2000-01-01', '2999-12-31');
    const getacme = records.filter((r) => r.domain === 'getacme.io' && r.placement);
    expect(getacme.length).toBeGreaterThan(0);
    const reports = store.reports(['emulator'], '2000-01-01', '2999-12-31');
    expect(reports.some((r) => r.listed.length > 0)).toBe(true);
    for (const r of reports) for (const l of r.listed) expect(typeof l.major).toBe('boolean');
  });
});
