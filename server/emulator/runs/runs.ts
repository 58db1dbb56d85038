import type { AnalyticsRecord } from '../../../core/contract/analytics';
import type { RunRecord } from '../store/analytics-repo';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { Report } from '../../../core/contract/reports';
import { seedInboxByEmail, type SeedInbox } from '../esp-options';
import { chance, hashSeed, randomInt, seededRandom, type Random } from '../random';
import { authenticate, senderEspOf } from './authentication';
import { canSend } from './sender-state';
import type { SenderState } from '../store/pickers-repo';
import { runReport } from './run-reports';
import { domainOf, domainProfile, reputationAt } from './sending-domains';
import { uuidv7At } from '../store/uuidv7';

/**
 * One run of a test, as Instantly records it: a row per sender × seed inbox, "sent"
 * (record_type 1) until the seed inbox is polled and the email found, then "received"
 * (record_type 2) with the verdict (docs/api/reference.md §4.1); and one blacklist + SpamAssassin report per
 * sending domain (§5). The received version and its arrival time are decided now and stored;
 * the store flips the row when the emulator clock passes that time. Deterministic per seed.
 */
/** A sending account as a run needs it: whether it can send, and its provider. */
export interface SenderAccount extends SenderState {
  provider_code?: number;
}

export interface RunInput {
  test: PlacementTest;
  runAt: Date;
  organizationId: string;
  accounts: Map<string, SenderAccount>;
  /** Senders picked through the test's tags, besides `emails`. */
  taggedEmails?: string[];
  seed: number;
  /**
   * The emulator's clock when the run is recorded. Rows are written at once, but a run sends one
   * email every few seconds: a row is never stamped after this moment, so no sent record claims a
   * time the clock has not reached.
   */
  nowMs?: number;
}

const SEEDS = seedInboxByEmail();
const POLL_MS = 25 * 60_000;

/**
 * Instantly drops paused, errored and limit-reached accounts without saying so (docs/product.md
 * "silent senders").
 */
export function activeSenders(input: Pick<RunInput, 'test' | 'taggedEmails' | 'accounts'>): string[] {
  const all = [...new Set([...input.test.emails, ...(input.taggedEmails ?? [])].map((e) => e.toLowerCase()))];
  if (input.test.sending_method === 2) return all;
  return all.filter((email) => canSend(input.accounts.get(email)));
}

/** Seed inboxes are polled about every 25 minutes: most mail shows up at the first or second poll. */
function arrivalDelay(random: Random): number {
  const polls = 1 + Math.floor(random() ** 2 * 6);
  return randomInt(random, 4, 20) * 60_000 + (polls - 1) * POLL_MS;
}

function verdict(random: Random, inboxChance: number, seed: SeedInbox) {
  const isSpam = !chance(random, Math.max(0.03, Math.min(0.99, inboxChance)));
  // Personal Gmail sorts marketing-looking mail into Promotions; Outlook.com less so.
  const categoryChance =
    seed.esp === 1 && seed.type === 2 ? 0.35 : seed.esp === 2 && seed.type === 2 ? 0.15 : 0.03;
  return { is_spam: isSpam, has_category: !isSpam && chance(random, categoryChance) };
}

export function generateRun(input: RunInput): { analytics: RunRecord[]; reports: Report[] } {
  const random = seededRandom(input.seed);
  const { test, runAt } = input;
  const senders = activeSenders(input);
  const seeds = test.recipients
    .map((email) => SEEDS.get(email))
    .filter((s): s is SeedInbox => s !== undefined);
  const gapMs = test.delivery_mode === 2 ? 1_000 : 5_000;
  const runFactor = (random() - 0.5) * 0.12;
  const analytics: RunRecord[] = [];

  senders.forEach((senderEmail, s) => {
    const domain = domainOf(senderEmail);
    const senderFactor = ((hashSeed(senderEmail) % 11) - 5) / 100;
    const account = input.accounts.get(senderEmail);
    seeds.forEach((seed, r) => {
      const sentMs = runAt.getTime() + (s * seeds.length + r) * gapMs + randomInt(random, 0, 900);
      const stampMs = Math.min(sentMs, input.nowMs ?? sentMs);
      const sentAt = new Date(stampMs).toISOString();
      const sent: AnalyticsRecord = {
        id: uuidv7At(stampMs, random),
        timestamp_created: sentAt,
        timestamp_created_date: sentAt.slice(0, 10),
        organization_id: input.organizationId,
        test_id: test.id,
        record_type: 1,
        sender_email: senderEmail,
        recipient_email: seed.email,
        recipient_esp: seed.esp as AnalyticsRecord['recipient_esp'],
        recipient_geo: seed.geo as AnalyticsRecord['recipient_geo'],
        recipient_type: seed.type as AnalyticsRecord['recipient_type'],
      };
      const inboxChance = reputationAt(domain, seed.esp) + runFactor + senderFactor;
      if (!chance(random, inboxChance < 0.7 ? 0.92 : 0.98)) {
        analytics.push({ sent, received: null, arriveMs: null });
        return;
      }
      const auth = authenticate(random, domain, senderEmail);
      const listed = inboxChance < 0.7 && chance(random, 0.3);
      const received: AnalyticsRecord = {
        ...sent,
        record_type: 2,
        sender_esp: senderEspOf(account?.provider_code),
        ...verdict(random, auth.dmarc_pass ? inboxChance : inboxChance - 0.15, seed),
        ...auth,
        smtp_ip_blacklist_report: listed
          ? { ip: domainProfile(domain).ip, is_blacklisted: true, blacklists: ['b.barracudacentral.org'] }
          : null,
      };
      analytics.push({ sent, received, arriveMs: sentMs + arrivalDelay(random) });
    });
  });

  const domains = [...new Set(senders.map(domainOf))];
  const reportAt = new Date(runAt.getTime() + 120_000);
  const reports = domains.map((domain) => runReport(random, test, domain, reportAt, input.organizationId));
  return { analytics, reports };
}
