import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from './create-emulator';
import { call, testEmulator } from '../../testing/emulator/test-kit';

/** Analytics and reports over the seeded run history: the stats agree with the rows they summarise. */
const A = '/api/v2/inbox-placement-analytics';
const R = '/api/v2/inbox-placement-reports';
type Row = {
  id: string;
  test_id: string;
  record_type: number;
  sender_email: string;
  recipient_esp: number;
  sender_esp?: number;
  is_spam?: boolean;
  has_category?: boolean;
  timestamp_created_date: string;
  recipient_geo: number;
};

let emulator: Emulator;
const tests: Record<string, string> = {};
const rows: Record<string, Row[]> = {};

async function allRows(testId: string, extra = ''): Promise<Row[]> {
  const out: Row[] = [];
  let cursor = '';
  for (;;) {
    const res = await call(
      emulator,
      'GET',
      `${A}?test_id=${testId}&limit=100${extra}${cursor ? `&starting_after=${cursor}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    out.push(...res.body.items);
    if (!res.body.next_starting_after) return out;
    cursor = res.body.next_starting_after;
  }
}

beforeAll(async () => {
  emulator = testEmulator();
  const items = (await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100')).body.items as {
    id: string;
    name: string;
  }[];
  const prefixes = {
    weekly: 'Weekly Gmail check',
    daily: 'Daily Outlook pulse',
    northwind: 'Northwind domain recovery',
    relay: 'Outside-Instantly relay',
  };
  for (const [key, prefix] of Object.entries(prefixes))
    tests[key] = items.find((t) => t.name.startsWith(prefix))?.id ?? '';
  for (const key of ['weekly', 'daily', 'northwind']) rows[key] = await allRows(tests[key] as string);
});
afterAll(() => emulator.close());

const placement = (r: Row) => (r.is_spam ? 'spam' : r.has_category ? 'category' : 'inbox');
const round2 = (n: number) => Math.round(n * 100) / 100;

describe('seeded run history', () => {
  it('has rows for several runs, newest first, with distinct ids', () => {
    const weekly = rows.weekly ?? [];
    expect(new Set(weekly.map((r) => r.timestamp_created_date)).size).toBe(6);
    expect(new Set(weekly.map((r) => r.id)).size).toBe(weekly.length);
    expect(weekly.map((r) => r.id)).toEqual([...weekly.map((r) => r.id)].sort().reverse());
  });

  it('only received rows carry a verdict and a sender ESP; a run in progress has unreceived rows', () => {
    for (const r of [...(rows.weekly ?? []), ...(rows.daily ?? [])]) {
      if (r.record_type === 2) expect(typeof r.is_spam).toBe('boolean');
      else expect(r).not.toHaveProperty('sender_esp');
    }
    expect(rows.daily?.some((r) => r.record_type === 1)).toBe(true);
  });

  it('paused, errored and limit-0 senders send nothing (silent senders)', () => {
    const senders = new Set(rows.northwind?.map((r) => r.sender_email));
    expect(senders).toEqual(new Set(['alex@northwind-mail.co']));
  });
});

describe('stats', () => {
  it('stats-by-test-id counts received rows by placement, percents on a 0–100 scale', async () => {
    const res = await call(emulator, 'POST', `${A}/stats-by-test-id`, {
      body: { test_ids: [tests.weekly, tests.daily, tests.relay] },
    });
    expect(res.body.map((s: { test_id: string }) => s.test_id)).toEqual([tests.weekly, tests.daily]);
    for (const stat of res.body) {
      const received =
        (stat.test_id === tests.weekly ? rows.weekly : rows.daily)?.filter((r) => r.record_type === 2) ?? [];
      const count = (p: string) => received.filter((r) => placement(r) === p).length;
      expect(stat).toEqual({
        test_id: stat.test_id,
        count: received.length,
        spam_count: count('spam'),
        spam_percent: round2((100 * count('spam')) / received.length),
        inbox_count: count('inbox'),
        inbox_percent: round2((100 * count('inbox')) / received.length),
        category_count: count('category'),
        category_percent: round2((100 * count('category')) / received.length),
      });
      expect(stat.spam_percent + stat.inbox_percent + stat.category_percent).toBeCloseTo(100, 1);
    }
  });

  it('filters narrow the stats and the rows alike', async () => {
    const sender = 'jane@getacme.io';
    const body = { test_ids: [tests.daily], sender_email: sender, recipient_esp: [2] };
    const [stat] = (await call(emulator, 'POST', `${A}/stats-by-test-id`, { body })).body;
    const filtered = await allRows(tests.daily as string, `&sender_email=${sender}&recipient_esp=2`);
    expect(filtered.every((r) => r.sender_email === sender && r.recipient_esp === 2)).toBe(true);
    expect(stat.count).toBe(filtered.filter((r) => r.record_type === 2).length);
    expect(await allRows(tests.weekly as string, '&recipient_geo=3')).toEqual([]);
  });

  it('stats-by-date: one row per day, sent = all rows, received = judged rows', async () => {
    const res = await call(emulator, 'POST', `${A}/stats-by-date`, { body: { test_id: tests.daily } });
    const days = [...new Set(rows.daily?.map((r) => r.timestamp_created_date))].sort();
    expect(res.body.map((d: { timestamp_created_date: string }) => d.timestamp_created_date)).toEqual(days);
    for (const day of res.body) {
      const dayRows =
        rows.daily?.filter((r) => r.timestamp_created_date === day.timestamp_created_date) ?? [];
      expect(day.sent_count).toBe(dayRows.length);
      expect(day.received_count).toBe(dayRows.filter((r) => r.record_type === 2).length);
      expect(day.spam_count + day.inbox_count + day.category_count).toBe(day.received_count);
    }
    const last = (
      await call(emulator, 'POST', `${A}/stats-by-date`, {
        body: { test_id: tests.daily, date_from: days.at(-1) },
      })
    ).body;
    expect(last).toHaveLength(1);
  });

  it('deliverability-insights: one row per sender ESP × recipient ESP; prev_* only with show_previous', async () => {
    const body = { test_id: tests.northwind, date_from: '2026-11-17', date_to: '2026-11-18' };
    const plain = (await call(emulator, 'POST', `${A}/deliverability-insights`, { body })).body;
    expect(plain.map((r: { recipient_esp: number }) => r.recipient_esp)).toEqual([1, 2]);
    expect(plain[0]).toMatchObject({
      test_id: tests.northwind,
      from: '2026-11-17',
      to: '2026-11-18',
      sender_esp: 1,
      prev_inbox_percentage: null,
      previous_from: null,
    });
    const compared = (
      await call(emulator, 'POST', `${A}/deliverability-insights`, { body: { ...body, show_previous: true } })
    ).body;
    expect(compared[0]).toMatchObject({ previous_from: '2026-11-15', previous_to: '2026-11-16' });
    expect(typeof compared[0].prev_inbox_percentage).toBe('number');
  });
});

describe('reports', () => {
  it('one per sending domain per run; skip flags leave the nested reports out', async () => {
    const full = (await call(emulator, 'GET', `${R}?test_id=${tests.weekly}&limit=100`)).body.items;
    expect(full).toHaveLength(6);
    expect(full[0].spam_assassin_report.report[0]).toEqual({
      description: expect.any(String),
      name: expect.any(String),
      score: expect.stringMatching(/^-?\d+\.\d$/),
    });
    expect(full[0].blacklist_report.details.length).toBeGreaterThan(0);
    const bare = (
      await call(
        emulator,
        'GET',
        `${R}?test_id=${tests.weekly}&skip_spam_assassin_report=true&skip_blacklist_report=true`,
      )
    ).body.items;
    expect(bare[0]).not.toHaveProperty('spam_assassin_report');
    expect(bare[0]).not.toHaveProperty('blacklist_report');
    const { spam_assassin_report: _spam, blacklist_report: _blacklist, ...rest } = full[0];
    expect(bare[0]).toEqual(rest);
    expect((await call(emulator, 'GET', `${R}/${full[0].id}`)).body).toEqual(full[0]);
    expect(
      (await call(emulator, 'GET', `${R}?test_id=${tests.weekly}&date_from=2030-01-01`)).body.items,
    ).toEqual([]);
  });

  it('a test without runs has no rows and no reports', async () => {
    expect((await call(emulator, 'GET', `${A}?test_id=${tests.relay}`)).body).toEqual({ items: [] });
    expect((await call(emulator, 'GET', `${R}?test_id=${tests.relay}`)).body).toEqual({ items: [] });
  });
});
