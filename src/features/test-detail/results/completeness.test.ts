import { describe, expect, it } from 'vitest';
import { computeCompleteness } from './completeness';

const NOW = new Date('2026-11-18T15:30:00Z');
const day = (timestamp_created_date: string, sent_count: number, received_count: number) => ({
  timestamp_created_date,
  sent_count,
  received_count,
});
const base = { expectedPerRun: 24, now: NOW, finished: false };

describe('computeCompleteness', () => {
  it('is empty before anything was sent', () => {
    expect(computeCompleteness({ ...base, days: [], lastSentAt: null })).toEqual({
      runs: 0,
      expected: 0,
      sent: 0,
      received: 0,
      pending: 0,
      missing: 0,
      notSent: 0,
      pendingDay: null,
      state: 'empty',
    });
  });

  it('counts what has not arrived as pending while the newest run is within the grace period', () => {
    const result = computeCompleteness({
      ...base,
      days: [day('2026-11-18', 24, 10)],
      lastSentAt: '2026-11-18T15:00:00Z',
    });
    expect(result).toMatchObject({
      runs: 1,
      expected: 24,
      sent: 24,
      received: 10,
      pending: 14,
      missing: 0,
      state: 'collecting',
      pendingDay: '2026-11-18',
    });
  });

  it('counts it as missing once the grace period has passed, or the test is finished', () => {
    const late = { ...base, days: [day('2026-11-18', 24, 22)], lastSentAt: '2026-11-18T12:29:00Z' };
    expect(computeCompleteness(late)).toMatchObject({ pending: 0, missing: 2, state: 'complete' });
    const finished = {
      ...base,
      finished: true,
      days: [day('2026-11-18', 24, 22)],
      lastSentAt: '2026-11-18T15:00:00Z',
    };
    expect(computeCompleteness(finished)).toMatchObject({ pending: 0, missing: 2, state: 'complete' });
  });

  it('treats older runs as final and only the newest as still arriving', () => {
    const days = [day('2026-11-16', 24, 23), day('2026-11-18', 24, 5), day('2026-11-17', 0, 0)];
    const result = computeCompleteness({ ...base, days, lastSentAt: '2026-11-18T15:20:00Z' });
    expect(result).toMatchObject({
      runs: 2,
      expected: 48,
      sent: 48,
      received: 28,
      pending: 19,
      missing: 1,
      notSent: 0,
      // Only the newest run's unarrived emails are still arriving; the older run's are missing.
      pendingDay: '2026-11-18',
    });
  });

  it('reports what silent senders never sent, and leaves expected unknown without configured senders', () => {
    const silent = computeCompleteness({
      ...base,
      days: [day('2026-11-16', 12, 12)],
      lastSentAt: '2026-11-16T09:00:00Z',
    });
    expect(silent).toMatchObject({ expected: 24, sent: 12, notSent: 12, state: 'complete' });
    const outside = computeCompleteness({
      ...base,
      expectedPerRun: null,
      days: [day('2026-11-16', 6, 6)],
      lastSentAt: null,
    });
    expect(outside).toMatchObject({ expected: null, notSent: null, sent: 6 });
  });
});
