import { describe, expect, it } from 'vitest';
import { describeSchedule, formatInZone, formatRelative, scheduleParts, WEEKDAYS } from './schedule-format';

describe('describeSchedule', () => {
  it.each([
    [
      { days: { '2': true, '3': true }, timing: { from: '02:30' }, timezone: 'America/Chihuahua' },
      'Tue, Wed at 02:30 America/Chihuahua',
    ],
    [
      {
        days: { '0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true },
        timing: { from: '09:00' },
        timezone: 'Europe/Helsinki',
      },
      'Every day at 09:00 Europe/Helsinki',
    ],
    [
      {
        days: { '0': false, '1': true, '2': true, '3': true, '4': true, '5': true, '6': false },
        timing: { from: '08:15' },
        timezone: 'Asia/Kolkata',
      },
      'Weekdays at 08:15 Asia/Kolkata',
    ],
    [
      { days: { '6': true, '0': true }, timing: { from: '23:59' }, timezone: 'Etc/GMT+12' },
      'Weekends at 23:59 Etc/GMT+12',
    ],
    [
      { days: { '4': true }, timing: { from: '00:00' }, timezone: 'Asia/Kathmandu' },
      'Every Thursday at 00:00 Asia/Kathmandu',
    ],
    [
      { days: { '5': true, '0': true, '1': true }, timing: { from: '12:00' }, timezone: 'America/Chicago' },
      'Sun, Mon, Fri at 12:00 America/Chicago',
    ],
  ])('%j → %s', (schedule, expected) => {
    expect(describeSchedule(schedule)).toBe(expected);
  });

  it.each([
    ['null', null],
    ['no days enabled', { days: { '1': false }, timing: { from: '09:00' }, timezone: 'Europe/Helsinki' }],
    ['no time', { days: { '1': true }, timezone: 'Europe/Helsinki' }],
    [
      'zone Instantly rejects',
      { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/New_York' },
    ],
  ])('%s → "Not scheduled"', (_name, schedule) => {
    expect(describeSchedule(schedule)).toBe('Not scheduled');
  });
});

describe('scheduleParts', () => {
  it('splits the plain words into when and the zone, for the list’s two lines', () => {
    const schedule = { days: { '2': true, '3': true }, timing: { from: '02:30' }, timezone: 'America/Chihuahua' };
    expect(scheduleParts(schedule)).toEqual({ when: 'Tue, Wed at 02:30', timeZone: 'America/Chihuahua' });
    expect(scheduleParts({ days: { '1': false }, timing: { from: '09:00' }, timezone: 'Europe/Helsinki' })).toBeNull();
  });
});

describe('WEEKDAYS', () => {
  it('starts on Sunday with key "0", like the API', () => {
    expect(WEEKDAYS.map((d) => d.key)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(WEEKDAYS[0]).toEqual({ key: '0', short: 'Sun', long: 'Sunday' });
    expect(WEEKDAYS[6]).toEqual({ key: '6', short: 'Sat', long: 'Saturday' });
  });
});

describe('formatInZone', () => {
  const instant = new Date('2026-12-01T00:30:00Z');
  it('shows the wall clock of the zone, with its own weekday', () => {
    expect(formatInZone(instant, 'Europe/Helsinki')).toBe('Tue 1 Dec, 02:30');
    expect(formatInZone(instant, 'America/Chicago')).toBe('Mon 30 Nov, 18:30');
    expect(formatInZone(instant, 'Asia/Kathmandu')).toBe('Tue 1 Dec, 06:15');
  });
  it('keeps a 24-hour clock in a 12-hour locale', () => {
    const text = formatInZone(instant, 'America/Chicago', 'en-US');
    expect(text).toContain('18:30');
    expect(text).not.toMatch(/PM/i);
  });
  it('shows the empty value for an invalid date', () => {
    expect(formatInZone(new Date(Number.NaN), 'Europe/Helsinki')).toBe('—');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const plus = (ms: number) => new Date(now.getTime() + ms);
  const MIN = 60_000;
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [-30_000, 'just now'],
    [12 * MIN, 'in 12 min'],
    [-5 * MIN, '5 min ago'],
    [59.6 * MIN, 'in 1 h'],
    [3 * 60 * MIN, 'in 3 h'],
    [(3 * 60 + 40) * MIN, 'in 4 h'],
    [-2 * 60 * MIN, '2 h ago'],
    [23.6 * 60 * MIN, 'in 1 day'],
    [2 * 24 * 60 * MIN, 'in 2 days'],
    [-3 * 24 * 60 * MIN, '3 days ago'],
  ])('%d ms from now → %s', (ms, expected) => {
    expect(formatRelative(plus(ms), now)).toBe(expected);
  });
});
