import { describe, expect, it, vi } from 'vitest';
import {
  formatUtcOffset,
  getZonedParts,
  nextRun,
  nextRuns,
  parseSchedule,
  utcOffsetMinutes,
  zonedWallTimeToUtc,
} from './schedule';

// Calendar facts used below (worked out by hand): 2026-03-01 is a Sunday. US/Canada spring
// forward on Sun 2026-03-08 at 02:00 and fall back on Sun 2026-11-01 at 02:00. The EU changes at
// 01:00Z on Sun 2026-03-29 and Sun 2026-10-25 (Helsinki 03:00→04:00 and 04:00→03:00).
// Victoria's DST ends Sun 2026-04-05 03:00→02:00 and starts Sun 2026-10-04 02:00→03:00.

const ALL_DAYS = { '0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true };
const WEEKDAYS = { '1': true, '2': true, '3': true, '4': true, '5': true };
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const at = (value: string) => new Date(value);

describe('nextRun across DST changes', () => {
  it('America/Chicago Monday 09:00 is 15:00Z before spring-forward and 14:00Z after', () => {
    const schedule = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' };
    expect(iso(nextRuns(schedule, at('2026-03-01T00:00:00Z'), 2))).toEqual([
      '2026-03-02T15:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
    ]);
  });

  it('America/Chicago daily 09:00 switches to CDT on the change day itself', () => {
    const schedule = { days: ALL_DAYS, timing: { from: '09:00' }, timezone: 'America/Chicago' };
    expect(iso(nextRuns(schedule, at('2026-03-06T16:00:00Z'), 3))).toEqual([
      '2026-03-07T15:00:00.000Z',
      '2026-03-08T14:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
    ]);
  });

  it('America/Chicago 02:30 on the spring-forward day runs at 03:30 CDT (shifted by the gap)', () => {
    const schedule = { days: { '0': true }, timing: { from: '02:30' }, timezone: 'America/Chicago' };
    expect(iso(nextRuns(schedule, at('2026-03-07T12:00:00Z'), 2))).toEqual([
      '2026-03-08T08:30:00.000Z',
      '2026-03-15T07:30:00.000Z',
    ]);
  });

  it('America/Chicago 01:30 on the fall-back day runs once, at the earlier (CDT) instant', () => {
    const schedule = { days: { '0': true }, timing: { from: '01:30' }, timezone: 'America/Chicago' };
    expect(iso(nextRuns(schedule, at('2026-10-31T12:00:00Z'), 2))).toEqual([
      '2026-11-01T06:30:00.000Z',
      '2026-11-08T07:30:00.000Z',
    ]);
    // 07:30Z is 01:30 CST the same morning; it must not count as a second run that day.
    expect(nextRun(schedule, at('2026-11-01T06:30:00Z'))?.toISOString()).toBe('2026-11-08T07:30:00.000Z');
  });

  it('Europe/Helsinki 03:30 on the spring-forward day runs at 04:30 EEST', () => {
    const schedule = { days: { '0': true }, timing: { from: '03:30' }, timezone: 'Europe/Helsinki' };
    expect(iso(nextRuns(schedule, at('2026-03-21T00:00:00Z'), 3))).toEqual([
      '2026-03-22T01:30:00.000Z', // 03:30 EET (+2)
      '2026-03-29T01:30:00.000Z', // 03:30 does not exist; 04:30 EEST (+3)
      '2026-04-05T00:30:00.000Z', // 03:30 EEST
    ]);
  });

  it('Europe/Helsinki 03:30 on the fall-back day uses the EEST instant, then EET', () => {
    const schedule = { days: { '0': true }, timing: { from: '03:30' }, timezone: 'Europe/Helsinki' };
    expect(iso(nextRuns(schedule, at('2026-10-24T00:00:00Z'), 2))).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-11-01T01:30:00.000Z',
    ]);
  });

  it('America/Godthab Saturday 23:30 falls in the gap that ends Saturday: it runs at 00:30 Sunday, not a week later', () => {
    // Nuuk moves from UTC−2 to UTC−1 at 01:00Z on Sun 2026-03-29: Saturday 23:00–24:00 never
    // happens, so Saturday's 23:30 shifts to 00:30 Sunday (01:30Z). Asked at 01:10Z, it is already
    // Sunday in Nuuk, and the run still due is yesterday's.
    const schedule = { days: { '6': true }, timing: { from: '23:30' }, timezone: 'America/Godthab' };
    expect(nextRun(schedule, at('2026-03-29T01:10:00Z'))?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(nextRuns(schedule, at('2026-03-29T01:00:00Z'), 2))).toEqual([
      '2026-03-29T01:30:00.000Z',
      '2026-04-05T00:30:00.000Z',
    ]);
  });

  it('Australia/Melbourne (southern hemisphere) in April: ambiguous 02:30 takes AEDT', () => {
    const schedule = { days: { '0': true }, timing: { from: '02:30' }, timezone: 'Australia/Melbourne' };
    // Sunday local is still Saturday in UTC.
    expect(iso(nextRuns(schedule, at('2026-04-01T00:00:00Z'), 2))).toEqual([
      '2026-04-04T15:30:00.000Z', // 02:30 AEDT (+11)
      '2026-04-11T16:30:00.000Z', // 02:30 AEST (+10)
    ]);
  });

  it('Australia/Melbourne in October: missing 02:30 runs at 03:30 AEDT', () => {
    const schedule = { days: { '0': true }, timing: { from: '02:30' }, timezone: 'Australia/Melbourne' };
    expect(iso(nextRuns(schedule, at('2026-09-25T00:00:00Z'), 3))).toEqual([
      '2026-09-26T16:30:00.000Z', // 02:30 AEST
      '2026-10-03T16:30:00.000Z', // gap → 03:30 AEDT
      '2026-10-10T15:30:00.000Z', // 02:30 AEDT
    ]);
  });
});

describe('nextRun with odd offsets and weekday boundaries', () => {
  it('Asia/Kolkata weekdays 08:15 skips the weekend after Friday’s run has passed', () => {
    const schedule = { days: WEEKDAYS, timing: { from: '08:15' }, timezone: 'Asia/Kolkata' };
    // Fri 2026-06-05 03:00Z is 08:30 IST; 08:15 IST is 02:45Z.
    expect(nextRun(schedule, at('2026-06-05T03:00:00Z'))?.toISOString()).toBe('2026-06-08T02:45:00.000Z');
  });

  it('a schedule whose only day is today, after today’s time, runs next week', () => {
    const schedule = { days: { '5': true }, timing: { from: '08:15' }, timezone: 'Asia/Kolkata' };
    expect(nextRun(schedule, at('2026-06-05T03:00:00Z'))?.toISOString()).toBe('2026-06-12T02:45:00.000Z');
  });

  it('Asia/Kathmandu (+05:45) 00:10 falls on the previous UTC date', () => {
    const schedule = { days: ALL_DAYS, timing: { from: '00:10' }, timezone: 'Asia/Kathmandu' };
    expect(nextRun(schedule, at('2026-01-10T12:00:00Z'))?.toISOString()).toBe('2026-01-10T18:25:00.000Z');
  });

  it('America/St_Johns Monday 09:00 is 12:30Z in NST and 11:30Z in NDT', () => {
    const schedule = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/St_Johns' };
    expect(iso(nextRuns(schedule, at('2026-03-01T00:00:00Z'), 2))).toEqual([
      '2026-03-02T12:30:00.000Z',
      '2026-03-09T11:30:00.000Z',
    ]);
  });

  it('Etc/GMT+12 is UTC−12: Tuesday 02:30 is 14:30Z', () => {
    const schedule = { days: { '2': true }, timing: { from: '02:30' }, timezone: 'Etc/GMT+12' };
    expect(nextRun(schedule, at('2026-06-01T00:00:00Z'))?.toISOString()).toBe('2026-06-02T14:30:00.000Z');
    // Wed 01:00Z is still Tue 13:00 there, after the run: next Tuesday.
    expect(nextRun(schedule, at('2026-06-03T01:00:00Z'))?.toISOString()).toBe('2026-06-09T14:30:00.000Z');
  });

  it('Etc/GMT-13 is UTC+13: Monday 09:00 is Sunday 20:00Z', () => {
    const schedule = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'Etc/GMT-13' };
    // Sun 12:00Z is already Mon 01:00 there.
    expect(nextRun(schedule, at('2026-06-07T12:00:00Z'))?.toISOString()).toBe('2026-06-07T20:00:00.000Z');
  });

  it('is strictly after: a run at exactly `after` is skipped, one millisecond earlier is not', () => {
    const schedule = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' };
    expect(nextRun(schedule, at('2026-03-02T15:00:00.000Z'))?.toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(nextRun(schedule, at('2026-03-02T14:59:59.999Z'))?.toISOString()).toBe('2026-03-02T15:00:00.000Z');
  });
});

describe('incomplete schedules', () => {
  const complete = { days: { '2': true }, timing: { from: '02:30' }, timezone: 'America/Chihuahua' };
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', {}],
    ['no enabled day', { ...complete, days: { '0': false, '2': false } }],
    ['no days', { timing: complete.timing, timezone: complete.timezone }],
    ['day key out of range', { ...complete, days: { '7': true } }],
    ['no time', { days: complete.days, timezone: complete.timezone }],
    ['time without leading zero', { ...complete, timing: { from: '2:30' } }],
    ['time 24:00', { ...complete, timing: { from: '24:00' } }],
    ['no timezone', { days: complete.days, timing: complete.timing }],
    ['IANA zone Instantly rejects', { ...complete, timezone: 'America/New_York' }],
    ['not a zone', { ...complete, timezone: 'Mars/Olympus_Mons' }],
  ])('%s → null', (_name, schedule) => {
    expect(parseSchedule(schedule)).toBeNull();
    expect(nextRun(schedule, at('2026-06-01T00:00:00Z'))).toBeNull();
    expect(nextRuns(schedule, at('2026-06-01T00:00:00Z'), 3)).toEqual([]);
  });

  it('an invalid `after` date → null', () => {
    expect(nextRun(complete, new Date(Number.NaN))).toBeNull();
  });

  it('a zone Instantly takes but this runtime’s Intl does not know → null, not a RangeError', () => {
    // Older browsers ship fewer zones; the list, the wizard and the test page call this in render.
    const RealFormat = Intl.DateTimeFormat;
    const spy = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      locale?: Intl.LocalesArgument,
      options?: Intl.DateTimeFormatOptions,
    ) {
      if (options?.timeZone === 'Pacific/Auckland') throw new RangeError('Invalid time zone');
      return new RealFormat(locale as string, options);
    } as unknown as typeof Intl.DateTimeFormat);
    try {
      const auckland = { ...complete, timezone: 'Pacific/Auckland' };
      expect(parseSchedule(auckland)).not.toBeNull();
      expect(nextRun(auckland, at('2026-06-01T00:00:00Z'))).toBeNull();
      expect(nextRuns(auckland, at('2026-06-01T00:00:00Z'), 3)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('parses the spec example', () => {
    expect(parseSchedule(complete)).toEqual({
      days: [2],
      hour: 2,
      minute: 30,
      timeZone: 'America/Chihuahua',
    });
  });
});

describe('nextRuns', () => {
  it('the wizard preview: five runs of a Tue/Thu schedule across the US autumn change keep 07:45 local', () => {
    const schedule = { days: { '2': true, '4': true }, timing: { from: '07:45' }, timezone: 'America/Detroit' };
    expect(iso(nextRuns(schedule, at('2026-10-26T00:00:00Z'), 5))).toEqual([
      '2026-10-27T11:45:00.000Z', // EDT (−4)
      '2026-10-29T11:45:00.000Z',
      '2026-11-03T12:45:00.000Z', // EST (−5) after Sun 1 Nov
      '2026-11-05T12:45:00.000Z',
      '2026-11-10T12:45:00.000Z',
    ]);
  });

  const schedule = { days: { '2': true, '3': true }, timing: { from: '02:30' }, timezone: 'Etc/GMT+12' };
  it('returns exactly `count` runs in order', () => {
    expect(iso(nextRuns(schedule, at('2026-06-01T00:00:00Z'), 4))).toEqual([
      '2026-06-02T14:30:00.000Z',
      '2026-06-03T14:30:00.000Z',
      '2026-06-09T14:30:00.000Z',
      '2026-06-10T14:30:00.000Z',
    ]);
  });
  it('returns [] for a count of 0 or less', () => {
    expect(nextRuns(schedule, at('2026-06-01T00:00:00Z'), 0)).toEqual([]);
    expect(nextRuns(schedule, at('2026-06-01T00:00:00Z'), -2)).toEqual([]);
  });
});

describe('zone helpers', () => {
  it('zonedWallTimeToUtc: normal, gap and overlap in America/Chicago', () => {
    expect(zonedWallTimeToUtc(2026, 7, 1, 12, 0, 'America/Chicago').toISOString()).toBe(
      '2026-07-01T17:00:00.000Z',
    );
    expect(zonedWallTimeToUtc(2026, 3, 8, 2, 0, 'America/Chicago').toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
    expect(zonedWallTimeToUtc(2026, 11, 1, 1, 0, 'America/Chicago').toISOString()).toBe(
      '2026-11-01T06:00:00.000Z',
    );
  });

  it('getZonedParts gives the zone’s date and weekday, not UTC’s', () => {
    expect(getZonedParts(at('2026-06-07T12:00:00Z'), 'Etc/GMT-13')).toEqual({
      year: 2026,
      month: 6,
      day: 8,
      hour: 1,
      minute: 0,
      second: 0,
      weekday: 1,
    });
    expect(getZonedParts(at('2026-01-01T04:59:30Z'), 'America/Detroit')).toEqual({
      year: 2025,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      second: 30,
      weekday: 3,
    });
  });

  it.each([
    ['Asia/Kolkata', '2026-01-15T00:00:00Z', 330],
    ['Asia/Kathmandu', '2026-01-15T00:00:00Z', 345],
    ['America/St_Johns', '2026-01-15T00:00:00Z', -210],
    ['America/St_Johns', '2026-07-15T00:00:00Z', -150],
    ['America/Chicago', '2026-01-15T00:00:00Z', -360],
    ['America/Chicago', '2026-07-15T00:00:00Z', -300],
    ['Australia/Melbourne', '2026-01-15T00:00:00Z', 660],
    ['Etc/GMT+12', '2026-01-15T00:00:00Z', -720],
    ['Etc/GMT-13', '2026-01-15T00:00:00Z', 780],
  ])('utcOffsetMinutes(%s, %s) = %d', (zone, when, minutes) => {
    expect(utcOffsetMinutes(zone, at(when))).toBe(minutes);
  });

  it.each([
    [330, 'UTC+05:30'],
    [345, 'UTC+05:45'],
    [-210, 'UTC\u221203:30'],
    [-720, 'UTC\u221212:00'],
    [780, 'UTC+13:00'],
    [0, 'UTC±00:00'],
  ])('formatUtcOffset(%d) = %s', (minutes, label) => {
    expect(formatUtcOffset(minutes)).toBe(label);
  });
});
