import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainsAnswerSchema, senderDetailSchema, sendersAnswerSchema, type SenderRow } from '../../core/contract/sender-results';
import { startEmulatorApi } from '../../testing/components/emulator-fetch';

/**
 * The Senders and Domains routes on the real server app over the demo emulator, after one sync.
 * One emulator for the file (a sync of the demo takes seconds on a busy machine); the one test
 * that sets a fault clears it.
 */
let api: ReturnType<typeof startEmulatorApi>;
beforeAll(async () => {
  api = startEmulatorApi();
  await api.results.sync();
});
afterAll(() => api.close());

const get = async (path: string) => {
  const res = await api.fetch(path);
  return { status: res.status, body: (await res.json()) as unknown, headers: res.headers };
};
const landedAt = (row: SenderRow, esp: number) => {
  const p = row.byProvider.find((x) => x.esp === esp);
  return p && p.received ? (p.inbox + p.category) / p.received : null;
};

describe('GET /api/results/senders', () => {
  it('lists every sender of the window, with the spam-bound Northwind sender worst at Microsoft', async () => {
    const { status, body, headers } = await get('/api/results/senders?window=90d');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    const answer = sendersAnswerSchema.parse(body);
    expect(answer.sync).toEqual([expect.objectContaining({ workspace: 'Emulator', state: 'idle', error: null })]);
    const atMicrosoft = answer.rows.filter((r) => landedAt(r, 2) !== null).sort((a, b) => landedAt(a, 2)! - landedAt(b, 2)!);
    expect(atMicrosoft[0]?.email).toBe('alex@northwind-mail.co');
    expect(atMicrosoft[0]!.tests).toBeGreaterThan(1);
  });

  it('shows accounts Instantly skipped as silent, with their state', async () => {
    const { body } = await get('/api/results/senders?window=90d');
    const priya = sendersAnswerSchema.parse(body).rows.find((r) => r.email === 'priya@getacme.io');
    expect(priya).toMatchObject({ accountStatus: 2, sent: 0 });
    expect(priya!.silentRuns).toBeGreaterThan(0);
  });

  it('for "last run of each test", counts one day per test and compares with the run before', async () => {
    const { body } = await get('/api/results/senders?window=last');
    const answer = sendersAnswerSchema.parse(body);
    expect(answer.window).toMatchObject({ window: 'last', previousFrom: null });
    const mark = answer.rows.find((r) => r.email === 'mark.ellis@acme-outbound.com');
    const ninety = sendersAnswerSchema.parse((await get('/api/results/senders?window=90d')).body).rows.find((r) => r.email === mark!.email);
    expect(mark!.sent).toBeLessThan(ninety!.sent);
    expect(mark!.previous).not.toBeNull();
  });

  it('refuses a bad window with a message saying what is wrong', async () => {
    for (const [query, message] of [
      ['window=year', 'window must be one of'],
      ['window=custom&from=2026-01-01', 'needs both from and to'],
      ['window=custom&from=2026-03-01&to=2026-01-01', 'from must not be after to'],
      ['window=custom&from=2025-01-01&to=2026-01-01', 'at most 90 days'],
      ['window=custom&from=2026-02-31&to=2026-03-01', 'not a real date'],
      ['workspace=Globex', 'No workspace is named "Globex"'],
    ]) {
      const { status, body } = await get(`/api/results/senders?${query}`);
      expect(status, query).toBe(400);
      expect((body as { message: string }).message).toContain(message);
    }
  });
});

describe('GET /api/results/domains', () => {
  it('gives DMARC pass rates and major blacklist listings per domain', async () => {
    const answer = domainsAnswerSchema.parse((await get('/api/results/domains?window=30d')).body);
    const northwind = answer.rows.find((r) => r.domain === 'northwind-mail.co');
    const acme = answer.rows.find((r) => r.domain === 'acme-outbound.com');
    expect(northwind!.auth.dmarc.pass).toBe(0);
    expect(northwind!.auth.dmarc.total).toBeGreaterThan(0);
    expect(northwind!.blacklists!.major).toContain('zen.spamhaus.org');
    expect(acme!.auth.dmarc.pass).toBe(acme!.auth.dmarc.total);
    expect(acme!.senders).toBeGreaterThan(1);
  });
});

describe('GET /api/results/senders/:email', () => {
  it('gives a sender its tests, its placement per day and provider, and its records', async () => {
    const detail = senderDetailSchema.parse((await get('/api/results/senders/Jane@GetAcme.io?window=90d')).body);
    expect(detail.email).toBe('jane@getacme.io');
    expect(detail.tests.length).toBeGreaterThan(1);
    expect(detail.series.length).toBeGreaterThan(1);
    expect(detail.records.every((r) => r.testName.length > 0)).toBe(true);
    expect(detail.rows).toHaveLength(1);
    // Each test's per-provider figures add up to its own.
    for (const t of detail.tests) {
      expect(t.byProvider.reduce((n, p) => n + p.sent, 0)).toBe(t.sent);
      expect(t.byProvider.reduce((n, p) => n + p.received, 0)).toBe(t.received);
    }
    expect(detail.tests.some((t) => t.byProvider.some((p) => p.esp === 2 && p.received > 0))).toBe(true);
  });

  it('refuses something that is not an address', async () => {
    expect((await get('/api/results/senders/not-an-address')).status).toBe(400);
  });
});

describe('/api/results/sync', () => {
  it('reports when the store was last brought up to date, and a cross-site POST cannot start a sync', async () => {
    const { body } = await get('/api/results/sync');
    expect((body as { workspaces: { syncedAt: string }[] }).workspaces[0]!.syncedAt).toMatch(/^\d{4}-/);
    const res = await api.fetch('/api/results/sync', { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('records a workspace error plainly when Instantly refuses, and keeps what it had', async () => {
    await api.control('faults', { paymentRequiredRate: 1, seed: 1 });
    await api.results.sync();
    const answer = sendersAnswerSchema.parse((await get('/api/results/senders?window=90d')).body);
    expect(answer.sync[0]).toMatchObject({ state: 'error', error: expect.stringContaining('no Inbox Placement plan') });
    expect(answer.rows.length).toBeGreaterThan(5);
    await api.control('faults');
  });
});
