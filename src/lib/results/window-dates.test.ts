import { describe, expect, it } from 'vitest';
import {
  datesInWindow,
  defaultWindow,
  describeWindow,
  parseWindow,
  previousRange,
  runDates,
  windowRange,
  windowValue,
} from './window-dates';

const NOW = new Date('2026-11-18T15:30:00Z');
const day = (timestamp_created_date: string, sent_count = 10) => ({
  timestamp_created_date,
  sent_count,
  received_count: sent_count,
  inbox_count: sent_count,
  category_count: 0,
  spam_count: 0,
});

describe('results window', () => {
  it('round-trips through the URL value and rejects anything else', () => {
    for (const value of ['all', 'last-7', 'last-30', '2026-11-16'])
      expect(windowValue(parseWindow(value)!)).toBe(value);
    for (const value of [null, '', 'last-9', '2026-13-45', '16/11/2026'])
      expect(parseWindow(value)).toBeNull();
  });

  it('lists run days newest first, skipping days without sends, and picks the newest', () => {
    const dates = runDates([day('2026-11-09'), day('2026-11-16'), day('2026-11-10', 0)]);
    expect(dates).toEqual(['2026-11-16', '2026-11-09']);
    expect(defaultWindow(dates)).toEqual({ kind: 'run', date: '2026-11-16' });
    expect(defaultWindow([])).toEqual({ kind: 'all' });
  });

  it('turns a window into the API date range', () => {
    expect(windowRange({ kind: 'run', date: '2026-11-16' }, NOW)).toEqual({
      date_from: '2026-11-16',
      date_to: '2026-11-16',
    });
    expect(windowRange({ kind: 'days', days: 7 }, NOW)).toEqual({
      date_from: '2026-11-12',
      date_to: '2026-11-18',
    });
    expect(windowRange({ kind: 'all' }, NOW)).toEqual({});
  });

  it('compares a run with the run before it, and N days with the N days before', () => {
    const dates = ['2026-11-16', '2026-11-09', '2026-11-02'];
    expect(previousRange({ kind: 'run', date: '2026-11-16' }, dates, NOW)).toEqual({
      date_from: '2026-11-09',
      date_to: '2026-11-09',
    });
    expect(previousRange({ kind: 'run', date: '2026-11-02' }, dates, NOW)).toBeNull();
    expect(previousRange({ kind: 'days', days: 7 }, dates, NOW)).toEqual({
      date_from: '2026-11-05',
      date_to: '2026-11-11',
    });
    expect(previousRange({ kind: 'all' }, dates, NOW)).toBeNull();
    expect(datesInWindow({ kind: 'days', days: 7 }, dates, NOW)).toEqual(['2026-11-16']);
  });

  it('describes itself in words', () => {
    expect(describeWindow({ kind: 'run', date: '2026-11-16' })).toBe('Run of Mon 16 Nov 2026');
    expect(describeWindow({ kind: 'days', days: 30 })).toBe('Last 30 days');
    expect(describeWindow({ kind: 'all' })).toBe('All runs');
  });
});
