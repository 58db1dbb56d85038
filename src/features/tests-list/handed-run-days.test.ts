import { describe, expect, it } from 'vitest';
import { candidateRunDays } from '../../../core/rules/latest-run';
import { candidateRunDaysOf, handOverRunStarts, runStartsOf } from './handed-run-days';

// Thursday 26 Nov 2026, noon UTC.
const at = Date.parse('2026-11-26T12:00:00Z');
const weekly = {
  id: 'weekly',
  type: 2,
  schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
  timestamp_created: '2026-10-01T08:00:00Z',
};
const daily = { ...weekly, id: 'daily', schedule: { ...weekly.schedule, days: { '1': true, '2': true, '3': true } } };
const oneTime = { id: 'once', type: 1, timestamp_created: '2026-11-20T10:00:00Z' };

describe('run days handed over with the drawn page', () => {
  it("lists each automated test's candidate run starts, the same days the browser would work out", () => {
    const starts = runStartsOf([weekly, oneTime, daily], at);
    expect(Object.keys(starts)).toEqual(['weekly', 'daily']);
    expect(starts.weekly).toEqual(candidateRunDays(weekly, new Date(at)).map((d) => d.startedAt));
    // Round trip: what the browser rebuilds from the starts is what it would have worked out.
    handOverRunStarts([weekly, daily], at, starts);
    expect(candidateRunDaysOf(daily, new Date(at))).toEqual(candidateRunDays(daily, new Date(at)));
  });

  it('uses the hand-over only for the same test at the same instant', () => {
    // A doctored hand-over (only the newest start) shows which answer is used.
    const newest = candidateRunDays(weekly, new Date(at))[0]!;
    handOverRunStarts([weekly], at, { weekly: [newest.startedAt] });
    expect(candidateRunDaysOf(weekly, new Date(at))).toEqual([newest]);
    // A minute later, or with the schedule changed since, the days are worked out again.
    const later = new Date(at + 60_000);
    expect(candidateRunDaysOf(weekly, later)).toEqual(candidateRunDays(weekly, later));
    const edited = { ...weekly, schedule: { ...weekly.schedule, timing: { from: '10:00' } } };
    expect(candidateRunDaysOf(edited, new Date(at))).toEqual(candidateRunDays(edited, new Date(at)));
  });

  it('ignores a malformed hand-over and drops the previous one', () => {
    handOverRunStarts([weekly], at, { weekly: [Date.parse('2026-11-23T15:00:00Z')] });
    handOverRunStarts([weekly, daily], at, { weekly: ['soon' as unknown as number], daily: null as unknown as number[] });
    expect(candidateRunDaysOf(weekly, new Date(at))).toEqual(candidateRunDays(weekly, new Date(at)));
    expect(candidateRunDaysOf(daily, new Date(at))).toEqual(candidateRunDays(daily, new Date(at)));
  });
});
