import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validatorFor } from '../../testing/contract/contract-validator';
import type { Emulator } from './create-emulator';
import { call, createBody, testEmulator } from '../../testing/emulator/test-kit';

const STRINGS = ['<img src=x onerror="__xss(1)">', '"><script>__xss(2)</script>', 'javascript:__xss(3)'];
const T = '/api/v2/inbox-placement-tests';

let emulator: Emulator;
beforeEach(() => {
  emulator = testEmulator();
});
afterEach(() => emulator.close());

async function valid(operation: string, path: string) {
  const res = await call(emulator, 'GET', path);
  const validate = validatorFor(operation, 200);
  expect(validate(res.body) ? [] : validate.errors, `${operation}: ${res.text.slice(0, 300)}`).toEqual([]);
  return res.text;
}

describe('/__emulator/inject', () => {
  it('adds a tag, a campaign and an account per string, valid for the contract, and takes them away again', async () => {
    const before = emulator.store.counts();
    const res = await call(emulator, 'POST', '/__emulator/inject', { body: { strings: STRINGS } });
    expect(res.status).toBe(200);
    expect(res.body.tags.map((t: { label: string }) => t.label)).toEqual(STRINGS);
    for (const [operation, path] of [
      ['GET /api/v2/custom-tags', '/api/v2/custom-tags?limit=100'],
      ['GET /api/v2/campaigns', '/api/v2/campaigns?limit=100'],
      ['GET /api/v2/accounts', '/api/v2/accounts?limit=100'],
    ] as const) {
      const text = await valid(operation, path);
      for (const s of STRINGS) expect(text).toContain(JSON.stringify(s).slice(1, -1));
    }

    const removed = await call(emulator, 'DELETE', '/__emulator/inject');
    expect(removed.body.removed).toEqual({ tags: 3, campaigns: 3, accounts: 3 });
    expect(emulator.store.counts()).toEqual(before);
  });

  it("writes the strings into a test's seed addresses, records and reports, still valid for the contract", async () => {
    const { id } = (await call(emulator, 'POST', T, { body: createBody() })).body;
    const res = await call(emulator, 'POST', '/__emulator/inject', {
      body: { strings: STRINGS, test_ids: [id] },
    });
    expect(res.status).toBe(200);
    expect(res.body.records).toBeGreaterThan(0);
    expect(res.body.reports).toBeGreaterThan(0);

    const test = JSON.parse(await valid(`GET ${T}/{id}`, `${T}/${id}`));
    expect(test.recipients).toEqual(STRINGS);
    const records = JSON.parse(
      await valid(
        'GET /api/v2/inbox-placement-analytics',
        `/api/v2/inbox-placement-analytics?test_id=${id}&limit=100`,
      ),
    );
    expect(STRINGS).toContain(records.items[0].sender_email);
    expect(STRINGS).toContain(records.items[0].recipient_email);
    const reports = JSON.parse(
      await valid('GET /api/v2/inbox-placement-reports', `/api/v2/inbox-placement-reports?test_id=${id}`),
    );
    expect(STRINGS).toContain(reports.items[0].blacklist_report.details[0].blacklist);
    expect(STRINGS).toContain(reports.items[0].spam_assassin_report.report[0].description);

    // Arrivals still flip the rewritten rows to received ones carrying the strings.
    await call(emulator, 'POST', '/__emulator/clock', { body: { advanceMs: 4 * 3_600_000 } });
    const settled = (await call(emulator, 'GET', `/api/v2/inbox-placement-analytics?test_id=${id}&limit=100`))
      .body;
    expect(
      settled.items.some(
        (r: { record_type: number; sender_email: string }) =>
          r.record_type === 2 && STRINGS.includes(r.sender_email),
      ),
    ).toBe(true);
  });

  it.each([
    [{}, /strings/],
    [{ strings: [] }, /strings/],
    [{ strings: [''] }, /strings/],
    [{ strings: ['x'], extra: 1 }, /additional properties/],
  ])('refuses %j', async (body, message) => {
    const res = await call(emulator, 'POST', '/__emulator/inject', { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('answers 404 for an unknown test and changes nothing', async () => {
    const before = emulator.store.snapshotHash();
    const res = await call(emulator, 'POST', '/__emulator/inject', {
      body: { strings: ['x'], test_ids: ['nope'] },
    });
    expect(res.status).toBe(404);
    expect(emulator.store.snapshotHash()).toBe(before);
  });
});
