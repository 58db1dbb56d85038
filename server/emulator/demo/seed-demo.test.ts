import { describe, expect, it } from 'vitest';
import { call, testEmulator } from '../../../testing/emulator/test-kit';

/**
 * A run is a UTC day of results (ADR 019): the demo must not split a one-time test's only run
 * over two days, whatever the time of day the demo was made at.
 */
describe('the demo workspace', () => {
  it.each(['2026-12-03T19:00:00Z', '2026-12-03T23:58:00Z', '2026-12-04T00:31:00Z', '2026-12-04T00:00:20Z'])(
    'made at %s: each one-time test sent on one day only',
    async (at) => {
      const emulator = testEmulator({ now: () => new Date(at), seed: true });
      try {
        const { body } = await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100');
        const oneTime = (body.items as { id: string; name: string; type: number }[]).filter((t) => t.type === 1);
        expect(oneTime.length).toBeGreaterThan(3);
        for (const t of oneTime) {
          const days = await call(emulator, 'POST', '/api/v2/inbox-placement-analytics/stats-by-date', {
            body: { test_id: t.id },
          });
          const sent = (days.body as { timestamp_created_date: string; sent_count: number }[]).filter(
            (d) => d.sent_count > 0,
          );
          expect(sent.length, t.name).toBeLessThanOrEqual(1);
        }
      } finally {
        emulator.close();
      }
    },
  );
});

describe('the demo made just after a scheduled run', () => {
  it('shows no scheduled test still collecting: its newest seeded run is final', async () => {
    // Northwind domain recovery runs on weekdays at 06:00 Boise (13:00 UTC); five minutes later.
    const emulator = testEmulator({ now: () => new Date('2026-12-04T13:05:00Z'), seed: true });
    try {
      const { body } = await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100');
      const test = (body.items as { id: string; name: string }[]).find((t) => t.name.startsWith('Northwind domain recovery'))!;
      const days = await call(emulator, 'POST', '/api/v2/inbox-placement-analytics/stats-by-date', {
        body: { test_id: test.id },
      });
      const dates = (days.body as { timestamp_created_date: string; sent_count: number }[])
        .filter((d) => d.sent_count > 0)
        .map((d) => d.timestamp_created_date);
      expect(dates.length).toBeGreaterThan(0);
      expect(dates).not.toContain('2026-12-04');
    } finally {
      emulator.close();
    }
  });
});
