import { describe, expect, it } from 'vitest';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { LatestRun } from '../../../core/rules/latest-run';
import { DEFAULT_VIEW } from './list-view';
import { refineRows, type LatestOf } from './refine-rows';

const test = (id: string, extra: Partial<PlacementTest> = {}) =>
  ({
    id,
    name: `Test ${id}`,
    type: 2,
    sending_method: 1,
    emails: [`${id}@acme.io`],
    recipients_labels: [],
    ...extra,
  }) as PlacementTest;
const run = (inbox: number, change: number | null, date: string): LatestRun => ({
  date,
  figures: { count: 10, inbox_percent: inbox, spam_percent: 100 - inbox, category_percent: 0 },
  previous: null,
  inboxChange: change,
  final: true,
  missing: 0,
});
const runs: Record<string, ReturnType<LatestOf>> = {
  a: run(90, 5, '2026-11-20'),
  b: run(40, -30, '2026-11-25'),
  c: null,
  d: run(70, null, '2026-11-23'),
  e: 'pending',
};
const latestOf: LatestOf = (id) => runs[id] ?? null;
const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => test(id));
const ids = (view: Partial<typeof DEFAULT_VIEW>) =>
  refineRows(rows, { ...DEFAULT_VIEW, ...view }, latestOf).rows.map((t) => t.id);

describe('refineRows', () => {
  it('keeps the API order with no local sort or filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts by the latest run, tests without one last', () => {
    expect(ids({ sort: 'inbox-low' })).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(ids({ sort: 'spam-high' })).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(ids({ sort: 'drop' })).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(ids({ sort: 'last-run' })).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('filters by latest inbox share and counts the tests still loading', () => {
    const result = refineRows(rows, { ...DEFAULT_VIEW, below: 80 }, latestOf);
    expect(result.rows.map((t) => t.id)).toEqual(['b', 'd']);
    expect(result.pending).toBe(1);
  });

  it('matches a sender address or domain, and the other filters', () => {
    expect(ids({ q: 'b@acme' })).toEqual(['b']);
    expect(ids({ q: 'ACME.IO' })).toHaveLength(5);
    const mixed = [
      test('x', { type: 1, not_sending_status: 'other' }),
      test('y', {
        sending_method: 2,
        recipients_labels: [{ region: 'NA', sub_region: 'US', type: 'Professional', esp: 'Outlook' }],
      }),
    ];
    const pick = (view: Partial<typeof DEFAULT_VIEW>) =>
      refineRows(mixed, { ...DEFAULT_VIEW, ...view }, latestOf).rows.map((t) => t.id);
    expect(pick({ notSending: true })).toEqual(['x']);
    expect(pick({ type: 'automated' })).toEqual(['y']);
    expect(pick({ method: 'outside' })).toEqual(['y']);
    expect(pick({ provider: 2 })).toEqual(['y']);
  });
});
