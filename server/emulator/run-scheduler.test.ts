import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from './create-emulator';
import { validatorFor } from '../../testing/contract/contract-validator';
import { AUTOMATED_SCHEDULE, call, createBody, FIXED_NOW, testEmulator } from '../../testing/emulator/test-kit';

/** Runs as the scheduler makes them: created, sent, trickling in, completed; checked against the stats. */
const T = '/api/v2/inbox-placement-tests';
const A = '/api/v2/inbox-placement-analytics';
const R = '/api/v2/inbox-placement-reports';
const HOUR = 3_600_000;
const SENDERS = ['jane.cooper@acme-outbound.com', 'jane@getacme.io'];
const US = [
  { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
  { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Outlook' },
];
type Row = {
  record_type: number;
  sender_email: string;
  recipient_esp: number;
  is_spam?: boolean;
  has_category?: boolean;
};

// The demo workspace provides the senders' accounts (status, provider) that a run reads.
let emulator: Emulator;
beforeEach(() => {
  emulator = testEmulator();
});
afterEach(() => emulator.close());

async function create(overrides: Record<string, unknown> = {}) {
  const res = await call(emulator, 'POST', T, {
    body: createBody({ emails: SENDERS, recipients_labels: US, ...overrides }),
  });
  expect(res.status, res.text).toBe(200);
  return res.body as { id: string; status: number; timestamp_next_run: string | null };
}
async function rows(testId: string): Promise<Row[]> {
  const res = await call(emulator, 'GET', `${A}?test_id=${testId}&limit=100`);
  expect(validatorFor(`GET ${A}`, 200)(res.body), JSON.stringify(validatorFor(`GET ${A}`, 200).errors)).toBe(
    true,
  );
  return res.body.items;
}
const advance = (ms: number) => call(emulator, 'POST', '/__emulator/clock', { body: { advanceMs: ms } });
const placement = (r: Row) => (r.is_spam ? 'spam' : r.has_category ? 'category' : 'inbox');

async function expectStatsMatch(testId: string, all: Row[]) {
  const received = all.filter((r) => r.record_type === 2);
  const dates = (await call(emulator, 'POST', `${A}/stats-by-date`, { body: { test_id: testId } })).body;
  expect(validatorFor(`POST ${A}/stats-by-date`, 200)(dates)).toBe(true);
  const [byDate] = dates;
  expect(byDate).toMatchObject({ sent_count: all.length, received_count: received.length });
  expect(byDate.inbox_count + byDate.category_count + byDate.spam_count).toBe(received.length);
  const stats = (await call(emulator, 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [testId] } }))
    .body;
  expect(validatorFor(`POST ${A}/stats-by-test-id`, 200)(stats)).toBe(true);
  if (received.length === 0) return expect(stats).toEqual([]);
  const count = (p: string) => received.filter((r) => placement(r) === p).length;
  expect(stats[0]).toMatchObject({
    count: received.length,
    inbox_count: count('inbox'),
    category_count: count('category'),
    spam_count: count('spam'),
  });
}

describe('a one-time test', () => {
  it('runs when created: every sender × seed is sent at once, received rows trickle in, the stats agree', async () => {
    const { id, status } = await create();
    expect(status).toBe(1);
    const sent = await rows(id);
    expect(sent).toHaveLength(SENDERS.length * 12);
    expect(sent.every((r) => r.record_type === 1)).toBe(true);
    await expectStatsMatch(id, sent);

    await advance(HOUR);
    const partial = await rows(id);
    const arrived = partial.filter((r) => r.record_type === 2).length;
    expect(arrived).toBeGreaterThan(0);
    expect(arrived).toBeLessThan(partial.length);
    await expectStatsMatch(id, partial);

    await advance(3 * HOUR);
    const done = await rows(id);
    expect(done.filter((r) => r.record_type === 2).length).toBeGreaterThan(arrived);
    await expectStatsMatch(id, done);
    const insights = (await call(emulator, 'POST', `${A}/deliverability-insights`, { body: { test_id: id } }))
      .body;
    expect(validatorFor(`POST ${A}/deliverability-insights`, 200)(insights)).toBe(true);
    expect(insights.map((r: { recipient_esp: number }) => r.recipient_esp).sort()).toEqual([1, 1, 2, 2]);
  });

  it('stays Active while results arrive, then becomes Completed with no next run', async () => {
    const { id } = await create();
    await advance(HOUR);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body.status).toBe(1);
    await advance(3 * HOUR);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body).toMatchObject({
      status: 3,
      timestamp_next_run: null,
    });
  });

  it('writes one report per sending domain, with rule hits from the subject and body', async () => {
    const { id } = await create({
      email_subject: 'LAST CALL FOR Q3',
      email_body: '<p>Read it here: https://bit.ly/xyz</p>',
    });
    const reports = (await call(emulator, 'GET', `${R}?test_id=${id}&limit=100`)).body;
    expect(validatorFor(`GET ${R}`, 200)(reports)).toBe(true);
    expect(reports.items.map((r: { domain: string }) => r.domain).sort()).toEqual([
      'acme-outbound.com',
      'getacme.io',
    ]);
    const rules = reports.items[0].spam_assassin_report.report.map((r: { name: string }) => r.name);
    expect(rules).toEqual(
      expect.arrayContaining(['MIME_HTML_ONLY', 'SUBJ_ALL_CAPS', 'HAS_SHORT_URL', 'NO_UNSUBSCRIBE']),
    );
    expect(reports.items[0].blacklist_report.details.map((d: { test_type: string }) => d.test_type)).toEqual(
      expect.arrayContaining(['ip', 'domain']),
    );

    const plain = await create({
      email_subject: 'Quick question',
      email_body: 'Hi,\nshort one.\nReply "unsubscribe" to opt out.',
    });
    const [report] = (await call(emulator, 'GET', `${R}?test_id=${plain.id}&limit=1`)).body.items;
    const plainRules = report.spam_assassin_report.report.map((r: { name: string }) => r.name);
    expect(plainRules).not.toEqual(expect.arrayContaining(['MIME_HTML_ONLY']));
    for (const name of ['SUBJ_ALL_CAPS', 'HAS_SHORT_URL', 'NO_UNSUBSCRIBE', 'MIME_HTML_ONLY'])
      expect(plainRules).not.toContain(name);
  });

  it('does not run while paused, and runs once when first resumed', async () => {
    const { id } = await create({ status: 2 });
    await advance(HOUR);
    expect(await rows(id)).toEqual([]);
    await call(emulator, 'PATCH', `${T}/${id}`, { body: { status: 1 } });
    expect(await rows(id)).toHaveLength(24);
    await call(emulator, 'PATCH', `${T}/${id}`, { body: { status: 2 } });
    await call(emulator, 'PATCH', `${T}/${id}`, { body: { status: 1 } });
    expect(await rows(id)).toHaveLength(24);
  });
});

describe('an automated test', () => {
  const automated = { type: 2, schedule: AUTOMATED_SCHEDULE };

  it('runs when its next run passes, at that time, and gets the following run', async () => {
    const { id, timestamp_next_run } = await create(automated);
    expect(await rows(id)).toEqual([]);
    expect(timestamp_next_run).toBe('2026-11-23T15:00:00.000Z');
    await call(emulator, 'POST', '/__emulator/clock', { body: { set: '2026-11-23T15:30:00.000Z' } });
    const first = (await call(emulator, 'GET', `${A}?test_id=${id}&limit=100`)).body.items;
    expect(first).toHaveLength(24);
    expect(
      first.every((r: { timestamp_created: string }) => r.timestamp_created.startsWith('2026-11-23T15:0')),
    ).toBe(true);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body).toMatchObject({
      status: 1,
      timestamp_next_run: '2026-11-25T15:00:00.000Z',
    });
    // A week later: the Monday and Wednesday runs it missed both happen.
    await call(emulator, 'POST', '/__emulator/clock', { body: { set: '2026-11-30T12:00:00.000Z' } });
    const days = await call(emulator, 'POST', `${A}/stats-by-date`, { body: { test_id: id } });
    expect(days.body.map((d: { timestamp_created_date: string }) => d.timestamp_created_date)).toEqual([
      '2026-11-23',
      '2026-11-25',
    ]);
  });

  it('runs at once with run_immediately, and never while paused', async () => {
    const now = await create({ ...automated, run_immediately: true });
    expect(await rows(now.id)).toHaveLength(24);
    const paused = await create({ ...automated, run_immediately: true, status: 2 });
    await advance(14 * 24 * HOUR);
    expect(await rows(paused.id)).toEqual([]);
    expect((await call(emulator, 'GET', `${T}/${paused.id}`)).body).toMatchObject({
      status: 2,
      timestamp_next_run: null,
    });
  });

  it('arrivals show on the next read after the clock moves, without a control call', async () => {
    const { id } = await create({ ...automated, run_immediately: true });
    emulator.clock.advance(4 * HOUR);
    expect((await rows(id)).some((r) => r.record_type === 2)).toBe(true);
  });
});

describe('the ticker', () => {
  it('runs catch-up on an interval and leaves no timer once closed', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const ticking = testEmulator({ seed: false, tickMs: 1_000, now: () => FIXED_NOW });
      const catchUp = vi.spyOn(ticking.store.runs, 'hasWork');
      vi.advanceTimersByTime(3_000);
      expect(catchUp).toHaveBeenCalledTimes(3);
      ticking.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
