import { describe, expect, it } from 'vitest';
import type { SenderRow } from '../../../core/contract/sender-results';
import { changeOf, digest, filterRows, sharesOf, sortRows } from './result-rows';
import { DEFAULT_RESULTS_VIEW, parseResultsView, serializeResultsView } from './results-view';

function sender(email: string, microsoft: [number, number, number], extra: Partial<SenderRow> = {}): SenderRow {
  const [inbox, category, spam] = microsoft;
  const ms = { esp: 2, sent: inbox + category + spam, received: inbox + category + spam, inbox, category, spam };
  const google = { esp: 1, sent: 10, received: 10, inbox: 10, category: 0, spam: 0 };
  return {
    workspace: 'Acme',
    email,
    domain: email.split('@')[1]!,
    accountStatus: 1,
    sent: ms.sent + 10,
    received: ms.received + 10,
    inbox: inbox + 10,
    category,
    spam,
    tests: 2,
    byProvider: [google, ms],
    previous: null,
    silentRuns: 0,
    lastDate: '2026-12-01',
    ...extra,
  };
}

const rows = [
  sender('good@acme.com', [9, 1, 0]),
  sender('bad@getacme.io', [3, 0, 7]),
  sender('meh@getacme.io', [7, 0, 3]),
  sender('quiet@acme.com', [0, 0, 0], { sent: 0, received: 0, inbox: 0, byProvider: [], accountStatus: 2, silentRuns: 3 }),
];
const view = { ...DEFAULT_RESULTS_VIEW };

describe('sender rows', () => {
  it('counts a category tab as landed, and has no share before anything arrived', () => {
    expect(sharesOf(rows[0]!, '2')).toMatchObject({ landed: 100, inbox: 90, category: 10, spam: 0 });
    expect(sharesOf(rows[3]!, '2').landed).toBeNull();
  });

  it('sorts worst first at a provider, with rows that received nothing last', () => {
    const sorted = sortRows(rows, { ...view, provider: '2' }).map((r) => r.email);
    expect(sorted).toEqual(['bad@getacme.io', 'meh@getacme.io', 'good@acme.com', 'quiet@acme.com']);
    expect(sortRows(rows, { ...view, provider: '2', dir: 'desc' }).at(-1)!.email).toBe('quiet@acme.com');
  });

  it('filters below a share at a provider, by domain, by state and by address', () => {
    expect(filterRows(rows, { ...view, provider: '2', below: 80 }).map((r) => r.email)).toEqual(['bad@getacme.io', 'meh@getacme.io']);
    expect(filterRows(rows, { ...view, domain: 'acme.com' })).toHaveLength(2);
    expect(filterRows(rows, { ...view, state: 'paused' }).map((r) => r.email)).toEqual(['quiet@acme.com']);
    expect(filterRows(rows, { ...view, state: 'silent' }).map((r) => r.email)).toEqual(['quiet@acme.com']);
    expect(filterRows(rows, { ...view, q: 'MEH' }).map((r) => r.email)).toEqual(['meh@getacme.io']);
  });

  it('gives the change in landed points against the previous window', () => {
    const before = sender('x@a.com', [5, 0, 5]);
    const row = sender('x@a.com', [9, 0, 1], { previous: { ...before, byProvider: before.byProvider } });
    expect(changeOf(row, '2')).toBeCloseTo(40);
    expect(changeOf(rows[0]!, '2')).toBeNull();
  });

  it('writes the filter as a digest, worst first', () => {
    const filtered = filterRows(rows, { ...view, provider: '2', below: 80 });
    expect(digest(filtered, { ...view, provider: '2', below: 80 }, 'Last 7 days')).toBe(
      '2 mailboxes under 80 % at Microsoft, last 7 days: bad@getacme.io (30 % landed), meh@getacme.io (70 % landed).',
    );
    expect(digest([], { ...view, below: 50 }, 'Last 30 days')).toBe('0 mailboxes under 50 %, last 30 days.');
  });
});

describe('results view in the URL', () => {
  it('round-trips a view and leaves defaults out', () => {
    const v = { ...view, window: '7d' as const, provider: '2', below: 80, q: 'jane' };
    expect(serializeResultsView(v).toString()).toBe('window=7d&provider=2&below=80&q=jane');
    expect(parseResultsView(serializeResultsView(v))).toEqual(v);
    expect(serializeResultsView(view).toString()).toBe('');
  });

  it('falls back to defaults for malformed values, and a custom window needs both dates', () => {
    const parsed = parseResultsView(new URLSearchParams('window=year&below=500&sort=evil&provider=x&dir=up'));
    expect(parsed).toEqual(view);
    expect(parseResultsView(new URLSearchParams('window=custom&from=2026-01-01')).window).toBe('30d');
  });
});
