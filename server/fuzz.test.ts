import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createEmulatorBackend } from './emulator-backend';

/**
 * 1,000 randomized malformed requests through the whole server (app → emulator): every one gets
 * a 4xx in Instantly's error shape, nothing crashes, and the stored data is byte-for-byte the
 * same afterwards. Deterministic: a seeded PRNG, so a failure can be replayed.
 */
const SEED = 20261126;
const COUNT = 1000;

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const backend = createEmulatorBackend({ dbFile: ':memory:', control: true });
const app = createApp({ backend, isLoopback: () => true });
const send = (method: string, path: string, body?: string, contentType = 'application/json') =>
  app.fetch(new Request(`http://127.0.0.1${path}`, { method, body, headers: body === undefined ? {} : { 'Content-Type': contentType } }));

async function snapshot() {
  const tests: unknown[] = [];
  let cursor: string | undefined;
  do {
    const res = await send('GET', `/api/v2/inbox-placement-tests?limit=100${cursor ? `&starting_after=${cursor}` : ''}`);
    const page = (await res.json()) as { items: unknown[]; next_starting_after?: string };
    tests.push(...page.items);
    cursor = page.next_starting_after;
  } while (cursor);
  const state = (await (await send('GET', '/__emulator/state')).json()) as { counts: unknown };
  return createHash('sha256').update(JSON.stringify({ tests, counts: state.counts })).digest('hex');
}

let existingIds: string[] = [];
let before = '';
beforeAll(async () => {
  const res = await send('GET', '/api/v2/inbox-placement-tests?limit=20');
  existingIds = ((await res.json()) as { items: { id: string }[] }).items.map((t) => t.id);
  before = await snapshot();
});
afterAll(() => backend.close());

type Case = { method: string; path: string; body?: string; contentType?: string };

function makeCases(): Case[] {
  const r = prng(SEED);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const weird = ['', ' ', '\u0000', '💥'.repeat(50), 'ñ'.repeat(2000), '<script>alert(1)</script>', '../../etc/passwd', '%00', 'x'.repeat(20_000), '{"a":', '[]', 'null', '-1', '1e309'];
  const badId = () => encodeURIComponent(pick(['nope', '00000000-0000-0000-0000-000000000000', 'ö', 'x'.repeat(300), '..', '%2e%2e', '1;DROP TABLE tests', '0199ffff-ffff-7fff-bfff-ffffffffffff']));
  const badValue = () => pick<unknown>([null, 42, -1, 3.7, true, 'text', [], {}, [1, 'a'], { nested: { deep: [null] } }, 'x'.repeat(5000), '💥']);
  const validCreate = () => ({
    name: 'Fuzz',
    type: 1,
    sending_method: 1,
    email_subject: 's',
    email_body: 'b',
    emails: ['alex@acme-outbound.com'],
  });
  const badCreate = (): string => {
    const kind = Math.floor(r() * 6);
    const body: Record<string, unknown> = validCreate();
    if (kind === 0) return pick(['{', '{"name":', 'not json', '[', '"str"', '{"name":"a",}', '\u0000']);
    if (kind === 1) Reflect.deleteProperty(body, pick(['name', 'type', 'sending_method', 'email_subject', 'email_body', 'emails']));
    if (kind === 2) body[pick(['type', 'sending_method', 'name', 'emails', 'email_body'])] = pick<unknown>([null, 9, 'one', [], {}, -1, true]);
    if (kind === 3) body[`unknown_${Math.floor(r() * 1000)}`] = badValue();
    if (kind === 4) body.schedule = pick<unknown>([{ days: { 7: true } }, { timing: { from: '25:00' } }, { timezone: 'Mars/Olympus' }, { days: 'mon' }, { extra: 1 }]);
    if (kind === 5) body.automations = pick<unknown>([[{ when: { condition: 'sometimes' }, then: { pause: true } }], [{ when: { condition: 'placement_goes_below', condition_value: 80 }, then: {} }], [{}], 'all']);
    // Awkward text rides along with every corruption above; it is never the only fault.
    if (r() < 0.2) body.description = pick(weird);
    return JSON.stringify(body);
  };
  const listQuery = () =>
    pick([`limit=${pick(['0', '101', '-5', 'abc', '', '1.5', '1e3', '99999999999999999999'])}`, `status=${pick(['0', '4', 'active', '-1', ''])}`, `sort_order=${pick(['up', 'DESC', '1', ''])}`, `sort_column=${pick(['email', 'id;', 'random'])}`]);
  const cases: Case[] = [];
  for (let i = 0; i < COUNT; i++) {
    const op = Math.floor(r() * 9);
    if (op === 0) cases.push({ method: 'GET', path: `/api/v2/inbox-placement-tests?${listQuery()}&search=${encodeURIComponent(pick(weird))}` });
    else if (op === 1) cases.push({ method: 'POST', path: '/api/v2/inbox-placement-tests', body: badCreate(), contentType: r() < 0.1 ? pick(['text/plain', 'application/xml', 'multipart/form-data']) : 'application/json' });
    else if (op === 2) cases.push({ method: pick(['GET', 'DELETE']), path: `/api/v2/inbox-placement-tests/${badId()}` });
    else if (op === 3) {
      const body = pick<unknown>([{}, { name: '' }, { name: 5 }, { status: 9 }, { status: 'paused' }, { email_subject: 'immutable' }, { schedule: { timing: { from: '7:00' } } }, { automations: 'x' }, { name: 'ok', extra: true }]);
      cases.push({ method: 'PATCH', path: `/api/v2/inbox-placement-tests/${pick(existingIds)}`, body: r() < 0.1 ? '{"name":' : JSON.stringify(body) });
    } else if (op === 4) cases.push({ method: 'PATCH', path: `/api/v2/inbox-placement-tests/${badId()}`, body: JSON.stringify({ name: 'x' }) });
    else if (op === 5) cases.push({ method: 'GET', path: `/api/v2/inbox-placement-analytics?${pick(['', `test_id=${pick(existingIds)}&limit=0`, `test_id=x&recipient_esp=${pick(['3', 'a', '1,,2'])}`, `test_id=x&date_from=${pick(['yesterday', '2026-13-45'])}`])}` });
    else if (op === 6) cases.push({ method: 'POST', path: `/api/v2/inbox-placement-analytics/${pick(['stats-by-test-id', 'deliverability-insights', 'stats-by-date'])}`, body: JSON.stringify(pick<unknown>([{}, { test_ids: [] }, { test_id: 5 }, { test_ids: 'x' }, { test_id: 'a', recipient_esp: [3] }, { test_id: 'a', bogus: 1 }, null, []])) });
    else if (op === 7) cases.push({ method: 'GET', path: `/api/v2/inbox-placement-reports?${pick(['', 'limit=5', `test_id=a&skip_blacklist_report=${pick(['maybe', '2'])}`, 'test_id=a&limit=1000'])}` });
    else cases.push({ method: pick(['PUT', 'POST', 'DELETE']), path: pick(['/api/v2/inbox-placement-tests/email-service-provider-options', '/api/v2/accounts', `/api/v2/${encodeURIComponent(pick(weird))}`, '/api/v2/inbox-placement-analytics']) });
  }
  return cases;
}

describe('fuzzing the server with malformed requests', () => {
  it(`answers all ${COUNT} with a 4xx in the error shape and changes nothing`, async () => {
    const failures: string[] = [];
    for (const [i, c] of makeCases().entries()) {
      const res = await send(c.method, c.path, c.body, c.contentType);
      const text = await res.text();
      let shaped = false;
      try {
        const json = JSON.parse(text) as { statusCode?: unknown; error?: unknown; message?: unknown };
        shaped = json.statusCode === res.status && typeof json.error === 'string' && typeof json.message === 'string';
      } catch {
        shaped = false;
      }
      if (res.status < 400 || res.status >= 500 || !shaped) failures.push(`#${i} ${c.method} ${c.path.slice(0, 120)} ${c.body?.slice(0, 120) ?? ''} → ${res.status} ${text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
