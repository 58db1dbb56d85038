import type { PlacementTest, RecipientLabel } from '../../../core/contract/placement-tests';
import { INSTANTLY_TIMEZONES } from '../../../core/contract/timezones';
import { ESP_OPTIONS } from '../esp-options';
import { buildPlacementTest, memoNextRun } from './placement-test-factory';
import { chance, pick, randomInt, sample, seededRandom } from '../random';
import type { EmulatorStore } from './store';
import { uuidv7At } from './uuidv7';

/**
 * Many generated tests at once (`POST /__emulator/seed`, the benchmark, pagination tests): one
 * transaction, one prepared statement, schedules memoised, spread over the past year. They
 * fill lists and never run (`simulated` false): 100k tests must not send millions of emails.
 */
const TEMPLATES = [
  'Weekly Gmail check',
  'Daily Outlook pulse',
  'DACH launch check',
  'Libero sweep',
  'Full-matrix placement',
  'Pre-send check',
  'Domain health',
  'Warmup probe',
];
const CLIENTS = [
  'Acme',
  'Northwind',
  'Brightleaf',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Soylent',
  'Wayne',
  'Tyrell',
];
const TIMES = ['06:00', '07:30', '09:00', '11:15', '14:00', '16:45'];
const DAY_SETS = [[1], [2, 4], [1, 3, 5], [1, 2, 3, 4, 5], [0], [6]];
const YEAR_MS = 365 * 86_400_000;

export function bulkInsertTests(store: EmulatorStore, count: number, now: Date, seed = 7): number {
  const random = seededRandom(seed ^ count);
  const senders = store.pickers.accounts().map((a) => String(a.email));
  const senderPool = senders.length ? senders : ['sender1@acme-outbound.com', 'sender2@acme-outbound.com'];
  const nextRunFor = memoNextRun();
  const start = now.getTime() - YEAR_MS;
  const step = YEAR_MS / Math.max(1, count);

  function* generate(): Generator<PlacementTest> {
    for (let i = 0; i < count; i++) {
      const created = new Date(start + i * step);
      const type = chance(random, 0.6) ? 2 : 1;
      const status = pick(random, [1, 1, 2, 3] as const);
      const labels: RecipientLabel[] = sample(random, ESP_OPTIONS, randomInt(random, 1, 3));
      const schedule =
        type === 2
          ? {
              days: Object.fromEntries(pick(random, DAY_SETS).map((d) => [String(d), true])),
              timing: { from: pick(random, TIMES) },
              timezone: pick(random, INSTANTLY_TIMEZONES.slice(0, 40)),
            }
          : undefined;
      const test = buildPlacementTest(
        {
          name: `${pick(random, TEMPLATES)} — ${pick(random, CLIENTS)} ${String(i + 1).padStart(6, '0')}`,
          type,
          sending_method: 1,
          email_subject: 'Quick question about {{companyName}}',
          email_body: 'Hi {{firstName}}, worth a quick chat next week?',
          emails: sample(random, senderPool, Math.min(senderPool.length, randomInt(random, 1, 3))),
          delivery_mode: 1,
          schedule,
          recipients_labels: labels,
          status: status === 2 ? 2 : 1,
        },
        {
          id: uuidv7At(created.getTime(), random),
          organizationId: store.organizationId,
          now,
          random,
          nextRunFor,
        },
      );
      test.timestamp_created = created.toISOString();
      if (status === 3) Object.assign(test, { status: 3, timestamp_next_run: null });
      yield test;
    }
  }
  return store.placementTests.insertMany(generate(), false);
}
