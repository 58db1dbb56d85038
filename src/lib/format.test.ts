import { describe, expect, it } from 'vitest';
import { EMPTY_VALUE, formatCount, formatDateTime, formatPercent, isTimeZone, pluralize, withViewerTimeZone } from './format';

describe('formatPercent', () => {
  it.each([
    [87, 0, '87%'],
    [87.456, 0, '87%'],
    [87.456, 1, '87.5%'],
    [57.5, 0, '58%'],
    [100, 0, '100%'],
    [0, 0, '0%'],
    [50, 2, '50.00%'],
  ])('(%d, %d) → %s', (n, digits, expected) => {
    expect(formatPercent(n, digits)).toBe(expected);
  });

  it('gives whole percentages exactly as Intl does, halves and separators included', () => {
    const intl = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
    for (let n = 0; n <= 1200; n += 0.25) expect(formatPercent(n)).toBe(intl.format(n / 100));
  });

  it('shows the empty value for null, undefined and NaN', () => {
    expect(formatPercent(null)).toBe(EMPTY_VALUE);
    expect(formatPercent(undefined)).toBe(EMPTY_VALUE);
    expect(formatPercent(Number.NaN)).toBe(EMPTY_VALUE);
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
  it('gives small integers as they are, and rounds fractions (around the shortcut too)', () => {
    for (const n of [1, 7, 42, 999, -999, 1000, -1000]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    expect(formatCount(12.6)).toBe('13');
    expect(formatCount(999.6)).toBe('1,000');
  });
  it('uses the given locale', () => {
    expect(formatCount(1234, 'de-DE')).toBe('1.234');
  });
  it('shows the empty value for non-numbers', () => {
    expect(formatCount(null)).toBe(EMPTY_VALUE);
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe(EMPTY_VALUE);
  });
});

describe('formatDateTime', () => {
  it('shows the instant in the given zone on a 24-hour clock', () => {
    // 00:30Z on 1 Dec is 02:30 in Helsinki (EET, +2) and 18:30 the day before in Chicago (CST, −6).
    expect(formatDateTime('2026-12-01T00:30:00.000Z', 'en-GB', 'Europe/Helsinki')).toBe('1 Dec 2026, 02:30');
    expect(formatDateTime('2026-12-01T00:30:00.000Z', 'en-GB', 'America/Chicago')).toBe('30 Nov 2026, 18:30');
  });
  it('accepts a Date', () => {
    expect(formatDateTime(new Date('2026-07-04T09:05:00Z'), 'en-GB', 'UTC')).toBe('4 Jul 2026, 09:05');
  });
  it('shows the empty value for missing or unparsable input', () => {
    expect(formatDateTime(null)).toBe(EMPTY_VALUE);
    expect(formatDateTime(undefined)).toBe(EMPTY_VALUE);
    expect(formatDateTime('')).toBe(EMPTY_VALUE);
    expect(formatDateTime('not a date')).toBe(EMPTY_VALUE);
  });
});

describe('pluralize', () => {
  it.each([
    [0, 'test', undefined, '0 tests'],
    [1, 'test', undefined, '1 test'],
    [2, 'test', undefined, '2 tests'],
    [1200, 'email', undefined, '1,200 emails'],
    [1, 'inbox', 'inboxes', '1 inbox'],
    [3, 'inbox', 'inboxes', '3 inboxes'],
  ])('(%d, %s, %s) → %s', (n, singular, plural, expected) => {
    expect(pluralize(n, singular, plural)).toBe(expected);
  });
});

describe('withViewerTimeZone', () => {
  it('shows times in the viewer\'s zone while the server draws a page, and only then', () => {
    const at = '2026-01-01T00:30:00.000Z';
    expect(withViewerTimeZone('Pacific/Auckland', () => formatDateTime(at))).toBe('1 Jan 2026, 13:30');
    expect(withViewerTimeZone('America/Chicago', () => formatDateTime(at))).toBe('31 Dec 2025, 18:30');
    // A zone given by the caller wins; outside the call the runtime's own zone is back.
    expect(withViewerTimeZone('Pacific/Auckland', () => formatDateTime(at, 'en-GB', 'UTC'))).toBe('1 Jan 2026, 00:30');
    expect(formatDateTime(at)).toBe(formatDateTime(at, 'en-GB', Intl.DateTimeFormat().resolvedOptions().timeZone));
  });

  it('knows a zone from a typo', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Europe/Berlim')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
