import { describe, expect, it } from 'vitest';
import {
  candidateRunDays,
  latestRunFromDays,
  latestRunOf,
  planRunDayCalls,
  RUN_LOOKBACK_DAYS,
  type RunFigures,
} from './latest-run';

// Thursday 26 Nov 2026, noon UTC.
const now = new Date('2026-11-26T12:00:00Z');
const mondays = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'Africa/Abidjan' };
const weekly = {
  id: 'weekly',
  type: 2,
  status: 1,
  sending_method: 1,
  schedule: mondays,
  timestamp_created: '2026-10-01T08:00:00Z',
  emails: ['a@acme.io', 'b@acme.io'],
  recipients: ['s1', 's2', 's3', 's4', 's5'],
};
const oneTime = {
  id: 'once',
  type: 1,
  status: 3,
  sending_method: 1,
  timestamp_created: '2026-11-20T10:00:00Z',
  emails: ['a@acme.io'],
  recipients: ['s1', 's2'],
};
const fig = (count: number, inbox: number): RunFigures => ({
  count,
  inbox_percent: inbox,
  spam_percent: 100 - inbox,
  category_percent: 0,
});

describe('candidateRunDays', () => {
  it('lists the schedule days of the window and today, newest first', () => {
    expect(candidateRunDays(weekly, now).map((d) => d.date)).toEqual([
      '2026-11-26',
      '2026-11-23',
      '2026-11-16',
    ]);
  });

  it('adds the creation day when it falls inside the window', () => {
    const created = { ...weekly, timestamp_created: '2026-11-18T15:00:00Z' };
    expect(candidateRunDays(created, now).map((d) => d.date)).toEqual([
      '2026-11-26',
      '2026-11-23',
      '2026-11-18',
    ]);
  });

  it('asks only the creation day of a one-time test', () => {
    expect(candidateRunDays(oneTime, now).map((d) => d.date)).toEqual(['2026-11-20']);
  });
});

describe('planRunDayCalls', () => {
  it('asks each day once, for the automated tests that may have run on it', () => {
    const daily = {
      ...weekly,
      id: 'daily',
      schedule: {
        ...mondays,
        days: { '0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true },
      },
    };
    const calls = planRunDayCalls([weekly, daily, oneTime], now);
    // A daily schedule runs on every day of the window: the bound.
    expect(calls).toHaveLength(RUN_LOOKBACK_DAYS);
    expect(calls[0]).toEqual({ date: '2026-11-26', testIds: ['weekly', 'daily'] });
    expect(calls.find((c) => c.date === '2026-11-24')?.testIds).toEqual(['daily']);
    expect(calls.flatMap((c) => c.testIds)).not.toContain('once');
  });

  it('costs no call for a page of one-time tests', () => {
    expect(planRunDayCalls([oneTime], now)).toEqual([]);
  });
});

describe('latestRunOf', () => {
  it("gives a one-time test's all-time figures as its only run, final once completed", () => {
    const run = latestRunOf(oneTime, fig(2, 50), () => undefined, now);
    expect(run).toMatchObject({
      date: '2026-11-20',
      previous: null,
      inboxChange: null,
      final: true,
      missing: 0,
    });
  });

  it('takes the newest day with results and compares it with the run before', () => {
    const days: Record<string, RunFigures> = { '2026-11-23': fig(8, 62.5), '2026-11-16': fig(10, 80) };
    const run = latestRunOf(weekly, fig(18, 72), (d) => days[d], now);
    expect(run?.date).toBe('2026-11-23');
    expect(run?.previous?.date).toBe('2026-11-16');
    expect(run?.inboxChange).toBeCloseTo(-17.5);
    // 2 senders × 5 seeds expected, 8 received, three days ago: final, 2 missing.
    expect(run).toMatchObject({ final: true, missing: 2 });
  });

  it('counts nothing missing while a run may still arrive', () => {
    const days: Record<string, RunFigures> = { '2026-11-26': fig(3, 100) };
    const run = latestRunOf(weekly, fig(21, 75), (d) => days[d], now);
    expect(run).toMatchObject({ date: '2026-11-26', final: false, missing: null, previous: null });
  });

  it('is null without results, or without a run in the window', () => {
    expect(latestRunOf(weekly, null, () => fig(1, 1), now)).toBeNull();
    expect(latestRunOf(weekly, fig(40, 90), () => undefined, now)).toBeNull();
  });

  it('counts nothing missing for a one-time test still collecting (Active), however old', () => {
    const active = { ...oneTime, status: 1 };
    expect(latestRunOf(active, fig(1, 100), () => undefined, now)).toMatchObject({
      final: false,
      missing: null,
    });
  });

  it('knows no missing count for outside sending', () => {
    const outside = { ...oneTime, sending_method: 2, emails: [] };
    expect(latestRunOf(outside, fig(2, 50), () => undefined, now)?.missing).toBeNull();
  });
});

describe('latestRunFromDays (a test with no run in the window)', () => {
  const day = (date: string, received: number, inbox: number, spam: number, category: number) => ({
    timestamp_created_date: date,
    sent_count: 10,
    received_count: received,
    inbox_count: inbox,
    spam_count: spam,
    category_count: category,
  });

  it('takes the newest day that received anything, with the one before, as stats-by-test-id would give them', () => {
    const run = latestRunFromDays(
      { ...weekly, status: 2 },
      [day('2026-10-19', 9, 6, 2, 1), day('2026-10-26', 0, 0, 0, 0), day('2026-10-12', 8, 8, 0, 0)],
      now,
    );
    // 6 of 9 in the inbox: 66.67 %; 2 of 9 in spam: 22.22 %; 1 of 9 in a tab: 11.11 %.
    expect(run).toMatchObject({
      date: '2026-10-19',
      figures: { test_id: 'weekly', count: 9, inbox_percent: 66.67, spam_percent: 22.22, category_percent: 11.11 },
      previous: { date: '2026-10-12', figures: { count: 8, inbox_percent: 100 } },
      final: true,
      // Two senders × five seeds, nine received.
      missing: 1,
    });
    expect(run?.inboxChange).toBeCloseTo(-33.33, 2);
  });

  it('has no run before it when only one day received anything, and is null when none did', () => {
    const only = latestRunFromDays(weekly, [day('2026-10-19', 10, 7, 3, 0)], now);
    expect(only).toMatchObject({ date: '2026-10-19', previous: null, inboxChange: null });
    expect(latestRunFromDays(weekly, [day('2026-10-19', 0, 0, 0, 0)], now)).toBeNull();
    expect(latestRunFromDays(weekly, [], now)).toBeNull();
  });
});
