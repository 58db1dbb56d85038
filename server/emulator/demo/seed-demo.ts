import type { InstantlyTimezone } from '../../../core/contract/timezones';
import type { Automation } from '../../../core/contract/placement-test-requests';
import type { RecipientLabel } from '../../../core/contract/placement-tests';
import { RESULTS_GRACE_MS } from '../../../core/rules/placement';
import { nextRuns } from '../../../core/rules/schedule';
import { ESP_OPTIONS } from '../esp-options';
import { buildPlacementTest } from '../store/placement-test-factory';
import { pick, seededRandom, type Random } from '../random';
import { refreshNotSending } from '../runs/refresh-not-sending';
import { recordRun } from '../runs/record-run';
import {
  DAILY_LIMIT_REACHED,
  BODIES,
  DEMO_ACCOUNTS,
  DEMO_CAMPAIGNS,
  DEMO_TAGS,
  DEMO_TESTS,
  SUBJECTS,
  type DemoTest,
  type LabelSet,
} from './seed-fixtures';
import { demoAccount, demoCampaign, demoTag } from './seed-documents';
import type { EmulatorStore } from '../store/store';
import { uuidv7At } from '../store/uuidv7';

/** Demo data for a fresh store; deterministic for a given `now` and seed, timestamps relative to now. */
const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * A seeded run stays inside one UTC day, as the dashboard counts runs by day (ADR 019): a
 * one-time test created in the hour before midnight would send on both sides of it and show as
 * two runs, depending only on the time of day the demo was made. Such a test is made 2 h earlier.
 */
function offMidnight(at: Date): Date {
  return at.getUTCHours() >= 23 ? new Date(at.getTime() - 2 * HOUR) : at;
}

/** A collecting run "35 min ago" that would start before midnight starts just after it instead. */
function collectingRunAt(now: Date): Date {
  const at = new Date(now.getTime() - 35 * 60_000);
  if (at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10)) return at;
  return new Date(Math.min(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) + 30_000, now.getTime() - 5_000));
}

function labels(set: LabelSet): RecipientLabel[] {
  const where = (test: (o: RecipientLabel) => boolean) => ESP_OPTIONS.filter(test);
  switch (set) {
    case 'US':
      return where((o) => o.sub_region === 'US');
    case 'US-G':
      return where((o) => o.sub_region === 'US' && o.esp === 'Google');
    case 'US-O':
      return where((o) => o.sub_region === 'US' && o.esp === 'Outlook');
    case 'EU':
      return where(
        (o) => o.esp === 'Web.de' || o.esp === 'Libero' || (o.sub_region === 'FR' && o.esp === 'Google'),
      );
    case 'ALL':
      return [...ESP_OPTIONS];
    default:
      return where((o) => o.sub_region === set);
  }
}

function automations(kind: DemoTest['automations'], tagIds: Record<string, string>): Automation[] | null {
  const placement: Automation = {
    when: { condition: 'placement_goes_below', condition_value: 80 },
    then: { pause_sending_campaigns_for: 14, webhook_url: 'https://hooks.example.com/instantly/placement' },
  };
  const blacklist: Automation[] = [
    {
      when: { condition: 'added_to_blacklists', condition_value: null },
      then: { pause: true, add_tags: [tagIds.northwind ?? ''] },
    },
    {
      when: { condition: 'removed_from_blacklists', condition_value: null },
      then: { enable_slow_ramp: true, remove_tags: [tagIds.northwind ?? ''] },
    },
  ];
  if (kind === 'placement') return [placement];
  if (kind === 'blacklist') return blacklist;
  if (kind === 'both') return [placement, ...blacklist];
  return null;
}

/** Past runs: the newest `runs` scheduled times whose results are final, or once after creation; a collecting test ran 35 min ago. */
function runTimes(fixture: DemoTest, created: Date, now: Date): Date[] {
  if (fixture.collecting) return [collectingRunAt(now)];
  const count = fixture.runs ?? 0;
  if (!count) return [];
  if (!fixture.schedule) return [new Date(created.getTime() + 10 * 60_000)];
  const [days, from, timezone] = fixture.schedule;
  const schedule = {
    days: Object.fromEntries(days.map((d) => [String(d), true])),
    timing: { from },
    timezone,
  };
  // Not the scheduled runs of the last few hours: their results would still be arriving, so
  // whether a scheduled test showed up collecting would depend on the time of day the demo was
  // made (and every test reading the demo with it). The `collecting` fixtures show that state.
  const past = nextRuns(
    schedule,
    new Date(Math.max(created.getTime(), now.getTime() - 70 * DAY)),
    200,
  ).filter((d) => d.getTime() <= now.getTime() - RESULTS_GRACE_MS);
  return past.slice(-count);
}

export function seedDemoData(store: EmulatorStore, now: Date, seed = 20_261_126): void {
  const random: Random = seededRandom(seed);
  const organizationId = store.organizationId;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

  store.transaction(() => {
    const tagIds: Record<string, string> = {};
    DEMO_TAGS.forEach((tag, i) => {
      const doc = demoTag(tag, at(200 - i), organizationId, random);
      tagIds[tag.key] = doc.id;
      store.pickers.insertTag(doc);
    });
    const tagsOf = (email: string) =>
      DEMO_TAGS.filter((t) => (t.accounts as readonly string[]).includes(email)).map(
        (t) => tagIds[t.key] ?? '',
      );
    DEMO_ACCOUNTS.forEach((account, i) =>
      store.pickers.insertAccount(
        demoAccount(account, at(180 - i * 3), organizationId),
        tagsOf(account.email),
      ),
    );
    const campaignIds: Record<string, string> = {};
    DEMO_CAMPAIGNS.forEach((campaign, i) => {
      const doc = demoCampaign(campaign, at(150 - i * 10), organizationId, random);
      campaignIds[campaign.key] = doc.id;
      store.pickers.insertCampaign(
        doc,
        campaign.tags.map((k) => tagIds[k] ?? ''),
      );
    });

    DEMO_TESTS.forEach((fixture, i) => {
      const created = offMidnight(at(120 - i * 3.7));
      const schedule = fixture.schedule && {
        days: Object.fromEntries(
          [0, 1, 2, 3, 4, 5, 6].map((d) => [String(d), fixture.schedule?.[0].includes(d) ?? false]),
        ),
        timing: { from: fixture.schedule[1] },
        timezone: fixture.schedule[2] as InstantlyTimezone,
      };
      const test = buildPlacementTest(
        {
          name: fixture.name,
          type: fixture.type,
          sending_method: fixture.method ?? 1,
          email_subject: pick(random, SUBJECTS),
          email_body: pick(random, BODIES),
          emails: fixture.senders,
          delivery_mode: random() < 0.5 ? 1 : 2,
          description: fixture.description ?? null,
          schedule,
          campaign_id: fixture.campaign ? (campaignIds[fixture.campaign] ?? null) : null,
          tags: fixture.tags ? fixture.tags.map((k) => tagIds[k] ?? '') : null,
          text_only: fixture.textOnly ?? false,
          recipients_labels: labels(fixture.labels),
          automations: automations(fixture.automations, tagIds),
          status: fixture.status === 2 ? 2 : 1,
        },
        { id: uuidv7At(created.getTime(), random), organizationId, now, random },
      );
      if (fixture.status === 3) Object.assign(test, { status: 3, timestamp_next_run: null });
      // After the random picks, so the rest of the demo stays the same with or without it.
      if (fixture.copy) {
        const { subject, body, deliveryMode } = fixture.copy;
        Object.assign(test, { email_subject: subject, email_body: body, delivery_mode: deliveryMode });
      }
      test.timestamp_created = created.toISOString();
      store.placementTests.insert(test);

      runTimes(fixture, created, now).forEach((runAt, r) =>
        recordRun(store, test, runAt, { seed: seed + i * 100 + r, now, history: true }),
      );
    });
    // Today Alex has used up the day's sending: with Dana disconnected and Lee out of placement
    // tests, the Northwind tests cannot send (their history above was sent before that).
    store.pickers.setSenderState(DAILY_LIMIT_REACHED, { dailyLimitReached: true });
    refreshNotSending(store);
  });
}
