import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from './create-emulator';
import { call, createBody, testEmulator } from '../../testing/emulator/test-kit';

const T = '/api/v2/inbox-placement-tests';
const A = '/api/v2/inbox-placement-analytics';
const R = '/api/v2/inbox-placement-reports';
const KEYS = {
  testsRead: ['inbox_placement_tests:read'],
  testsCreate: ['inbox_placement_tests:create'],
  testsAll: ['inbox_placement_tests:all'],
  allRead: ['all:read'],
  allCreate: ['all:create'],
  analytics: ['inbox_placement_analytics:read'],
  reports: ['inbox_placement_reports:all'],
  accounts: ['accounts:read'],
  tags: ['custom_tags:all'],
  campaigns: ['campaigns:read'],
  none: [],
};
let emulator: Emulator;
let testId = '';
beforeEach(async () => {
  emulator = testEmulator({ keys: Object.entries(KEYS).map(([key, scopes]) => ({ key, scopes })) });
  testId = (await call(emulator, 'GET', `${T}?limit=1`)).body.items[0].id;
});
afterEach(() => {
  vi.useRealTimers();
  emulator.close();
});

describe('scopes: a key needs one of the scopes the operation accepts', () => {
  const operations: [string, string, () => string, (() => object)?][] = [
    ['list tests', 'GET', () => T],
    ['get test', 'GET', () => `${T}/${testId}`],
    ['ESP options', 'GET', () => `${T}/email-service-provider-options`],
    ['create test', 'POST', () => T, () => ({ body: createBody() })],
    ['patch test', 'PATCH', () => `${T}/${testId}`, () => ({ body: { name: 'x' } })],
    ['delete test', 'DELETE', () => `${T}/${testId}`],
    ['analytics', 'GET', () => `${A}?test_id=${testId}`],
    ['stats', 'POST', () => `${A}/stats-by-test-id`, () => ({ body: { test_ids: [testId] } })],
    ['reports', 'GET', () => `${R}?test_id=${testId}`],
    ['accounts', 'GET', () => '/api/v2/accounts'],
    ['custom tags', 'GET', () => '/api/v2/custom-tags'],
    ['campaigns', 'GET', () => '/api/v2/campaigns'],
  ];
  const allowed: Record<string, string[]> = {
    testsRead: ['list tests', 'get test', 'ESP options'],
    testsCreate: ['create test'],
    testsAll: ['list tests', 'get test', 'ESP options', 'create test', 'patch test', 'delete test'],
    allRead: [
      'list tests',
      'get test',
      'ESP options',
      'analytics',
      'stats',
      'reports',
      'accounts',
      'custom tags',
      'campaigns',
    ],
    allCreate: ['create test'],
    analytics: ['analytics', 'stats'],
    reports: ['reports'],
    accounts: ['accounts'],
    tags: ['custom tags'],
    campaigns: ['campaigns'],
    none: [],
  };

  it.each(Object.keys(KEYS))('key with %s scopes', async (key) => {
    const outcome: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const [name, method, path, opts] of operations) {
      outcome[name] = (await call(emulator, method, path(), { ...opts?.(), key })).status;
      expected[name] = allowed[key]?.includes(name) ? 200 : 403;
    }
    expect(outcome).toEqual(expected);
  });

  it('the server key (all:all) can do everything; a 403 body is the error shape', async () => {
    expect((await call(emulator, 'POST', T, { body: createBody() })).status).toBe(200);
    const denied = await call(emulator, 'POST', T, { body: createBody(), key: 'testsRead' });
    expect(denied.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Forbidden' });
  });

  it('auth is checked before the body: a bad body with a bad key is a 401', async () => {
    const res = await call(emulator, 'POST', T, {
      raw: '{',
      headers: { 'content-type': 'application/json' },
      key: 'nope',
    });
    expect(res.status).toBe(401);
  });
});

describe('faults', () => {
  const faults = (body: unknown) => call(emulator, 'POST', '/__emulator/faults', { body });

  it('429 with Retry-After, and nothing happens', async () => {
    await faults({ rateLimitRate: 1, retryAfterSeconds: 7 });
    const before = emulator.store.snapshotHash();
    const res = await call(emulator, 'POST', T, { body: createBody() });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded' });
    expect(emulator.store.snapshotHash()).toBe(before);
  });

  it('500 "Injected fault" changes nothing; DELETE /faults restores service', async () => {
    await faults({ errorRate: 1 });
    const before = emulator.store.snapshotHash();
    const res = await call(emulator, 'DELETE', `${T}/${testId}`);
    expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Injected fault' });
    expect(emulator.store.snapshotHash()).toBe(before);
    await call(emulator, 'DELETE', '/__emulator/faults');
    expect((await call(emulator, 'DELETE', `${T}/${testId}`)).status).toBe(200);
  });

  it('errorAfterApplying: the create is stored but its answer is a 500, as when a real answer is lost', async () => {
    await faults({ errorRate: 1, errorAfterApplying: true, methods: ['POST'] });
    const res = await call(emulator, 'POST', T, { body: createBody({ name: 'Lost answer' }) });
    expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Injected fault' });
    const list = await call(emulator, 'GET', `${T}?search=Lost%20answer`);
    expect((list.body as { items: { name: string }[] }).items.map((t) => t.name)).toEqual(['Lost answer']);
  });

  it('methods and paths narrow the faults; control routes are never faulted', async () => {
    await faults({ errorRate: 1, methods: ['post'], paths: 'inbox-placement-tests$' });
    expect((await call(emulator, 'POST', T, { body: createBody() })).status).toBe(500);
    expect((await call(emulator, 'GET', T)).status).toBe(200);
    expect(
      (await call(emulator, 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [testId] } })).status,
    ).toBe(200);
    expect((await call(emulator, 'GET', '/__emulator/state')).status).toBe(200);
    await faults({ rateLimitRate: 1, paths: '/accounts' });
    expect((await call(emulator, 'GET', '/api/v2/accounts')).status).toBe(429);
    expect((await call(emulator, 'GET', T)).status).toBe(200);
  });

  it('latency delays the answer by the configured time', async () => {
    vi.useFakeTimers();
    await faults({ latencyMs: 5000 });
    let settled = false;
    const pending = call(emulator, 'GET', T).then((res) => {
      settled = true;
      return res;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('rejects a malformed fault configuration', async () => {
    const res = await faults({ errorRate: 2 });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('body/errorRate must be <= 1');
    expect((await faults({ latency: 5 })).body.message).toBe(
      "body must NOT have additional properties ('latency')",
    );
  });
});

describe('control routes', () => {
  it('reset wipes and reseeds, or leaves the store empty with seed:false', async () => {
    await call(emulator, 'POST', T, { body: createBody({ name: 'Mine' }) });
    const reset = await call(emulator, 'POST', '/__emulator/reset');
    expect(reset.body.counts.placement_tests).toBe(30);
    expect((await call(emulator, 'GET', `${T}?search=Mine`)).body.items).toEqual([]);
    const empty = await call(emulator, 'POST', '/__emulator/reset', { body: { seed: false } });
    expect(Object.values(empty.body.counts).every((n) => n === 0)).toBe(true);
    expect((await call(emulator, 'GET', T)).body).toEqual({ items: [] });
    expect(empty.body.organization_id).toBe(reset.body.organization_id);
  });

  it('reset puts the clock back where it started', async () => {
    const before = (await call(emulator, 'GET', '/__emulator/state')).body.now;
    await call(emulator, 'POST', '/__emulator/clock', { body: { advanceMs: 4 * 3_600_000 } });
    expect((await call(emulator, 'GET', '/__emulator/state')).body.now).not.toBe(before);
    expect((await call(emulator, 'POST', '/__emulator/reset')).body.now).toBe(before);
  });

  it('seed bulk-inserts generated tests', async () => {
    const res = await call(emulator, 'POST', '/__emulator/seed', { body: { tests: 250 } });
    expect(res.body).toMatchObject({ inserted: 250, counts: { placement_tests: 280 } });
    expect((await call(emulator, 'POST', '/__emulator/seed', { body: { tests: 0 } })).status).toBe(400);
  });

  it('clock: advance and set move the emulator’s time, which new tests use', async () => {
    const advanced = await call(emulator, 'POST', '/__emulator/clock', { body: { advanceMs: 3_600_000 } });
    expect(advanced.body.now).toBe('2026-11-18T16:30:00.000Z');
    expect((await call(emulator, 'POST', T, { body: createBody() })).body.timestamp_created).toBe(
      '2026-11-18T16:30:00.000Z',
    );
    const set = await call(emulator, 'POST', '/__emulator/clock', { body: { set: '2027-01-01T00:00:00Z' } });
    expect(set.body.now).toBe('2027-01-01T00:00:00.000Z');
    expect((await call(emulator, 'GET', '/__emulator/state')).body.now).toBe('2027-01-01T00:00:00.000Z');
    expect((await call(emulator, 'POST', '/__emulator/clock', { body: { set: 'tomorrow' } })).status).toBe(
      400,
    );
  });

  it('do not exist unless control is enabled', async () => {
    const plain = testEmulator({ control: false });
    const res = await call(plain, 'GET', '/__emulator/state');
    plain.close();
    expect(res.status).toBe(404);
  });
});
