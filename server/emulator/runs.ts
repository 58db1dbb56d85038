import type { AnalyticsRecord } from '../../src/api/analytics/schemas';
import type { PlacementTest } from '../../src/api/placement-tests/schemas';
import type { Report } from '../../src/api/reports/schemas';
import { seedInboxByEmail, type SeedInbox } from './esp-options';
import { chance, hashSeed, randomInt, seededRandom, type Random } from './random';
import { blacklistReport, domainIp, spamAssassinReport } from './run-reports';
import { uuidv7At } from './uuidv7';

/**
 * One run of a test, as Instantly records it: a row per sender × seed inbox (record_type 1 until
 * the seed inbox is polled, then 2 with the verdict; reference §4.1) and one blacklist +
 * SpamAssassin report per sending domain (§5). Outcomes are deterministic for a given seed.
 */
export interface SenderAccount {
  email: string;
  status?: number;
  provider_code?: number;
  inbox_placement_test_limit?: number | null;
}

export interface RunInput {
  test: PlacementTest;
  runAt: Date;
  organizationId: string;
  accounts: Map<string, SenderAccount>;
  /** Senders picked through the test's tags, besides `emails`. */
  taggedEmails?: string[];
  seed: number;
  /** Share of emails whose seed inbox has been polled, 0–1 (runs in progress are partial). */
  received?: number;
}

/** How well a sending domain lands, 0–1; unknown domains get a stable value from their name. */
const DOMAIN_REPUTATION: Record<string, number> = {
  'acme-outbound.com': 0.93,
  'getacme.io': 0.84,
  'northwind-mail.co': 0.58,
  'brightleaf-sales.com': 0.9,
};
export function reputation(domain: string): number {
  return DOMAIN_REPUTATION[domain] ?? 0.6 + (hashSeed(domain) % 35) / 100;
}

const SEEDS = seedInboxByEmail();

/** Instantly drops paused and errored accounts without saying so (PRODUCT.md "silent senders"). */
export function activeSenders(input: RunInput): string[] {
  const all = [...new Set([...input.test.emails, ...(input.taggedEmails ?? [])].map((e) => e.toLowerCase()))];
  if (input.test.sending_method === 2) return all;
  return all.filter((email) => {
    const account = input.accounts.get(email);
    return account !== undefined && account.status === 1 && account.inbox_placement_test_limit !== 0;
  });
}

function senderEsp(account: SenderAccount | undefined): number {
  return account?.provider_code === 3 ? 2 : 1;
}

function verdict(random: Random, domainScore: number, seed: SeedInbox) {
  const harshness = { 1: 0, 2: 0.1, 8: 0.05, 12: 0.06, 13: 0.08 }[seed.esp] ?? 0;
  const isSpam = !chance(random, Math.max(0.05, domainScore - harshness));
  // Google personal inboxes sort marketing-looking mail into Promotions.
  const categoryChance =
    seed.esp === 1 && seed.type === 2 ? 0.35 : seed.esp === 2 && seed.type === 2 ? 0.15 : 0.03;
  return { is_spam: isSpam, has_category: !isSpam && chance(random, categoryChance) };
}

function authentication(random: Random, domain: string, domainScore: number, senderEmail: string) {
  const spf = chance(random, 0.97);
  const dkim = chance(random, domainScore > 0.7 ? 0.97 : 0.8);
  const dmarc = spf && dkim && chance(random, domainScore > 0.7 ? 0.98 : 0.6);
  const failure =
    spf && dkim && dmarc
      ? null
      : {
          authentication_results: `spf=${spf ? 'pass' : 'softfail'} smtp.mailfrom=${domain}; dkim=${dkim ? 'pass' : 'fail'} header.d=${domain}; dmarc=${dmarc ? 'pass' : 'fail'} (p=NONE) header.from=${domain}`,
          dkim_signature: `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=google; h=from:to:subject:date:message-id`,
          received_spf: `Received-SPF: ${spf ? 'pass' : 'softfail'} (domain of ${senderEmail} ${spf ? 'designates' : 'does not designate'} ${domainIp(domain)} as permitted sender)`,
        };
  return { spf_pass: spf, dkim_pass: dkim, dmarc_pass: dmarc, authentication_failure_results: failure };
}

export function generateRun(input: RunInput): { analytics: AnalyticsRecord[]; reports: Report[] } {
  const random = seededRandom(input.seed);
  const { test, runAt } = input;
  const senders = activeSenders(input);
  const seeds = test.recipients
    .map((email) => SEEDS.get(email))
    .filter((s): s is SeedInbox => s !== undefined);
  const gapMs = test.delivery_mode === 2 ? 1_000 : 25_000;
  const runFactor = (random() - 0.5) * 0.16;
  const receivedShare = input.received ?? 1;
  const analytics: AnalyticsRecord[] = [];

  senders.forEach((senderEmail, s) => {
    const domain = senderEmail.split('@')[1] ?? senderEmail;
    const domainScore = Math.min(0.99, reputation(domain) + runFactor);
    const account = input.accounts.get(senderEmail);
    seeds.forEach((seed, r) => {
      const sentAt = new Date(runAt.getTime() + (s * seeds.length + r) * gapMs + randomInt(random, 0, 900));
      const base = {
        id: uuidv7At(sentAt.getTime(), random),
        timestamp_created: sentAt.toISOString(),
        timestamp_created_date: sentAt.toISOString().slice(0, 10),
        organization_id: input.organizationId,
        test_id: test.id,
        sender_email: senderEmail,
        recipient_email: seed.email,
        recipient_esp: seed.esp as AnalyticsRecord['recipient_esp'],
        recipient_geo: seed.geo as AnalyticsRecord['recipient_geo'],
        recipient_type: seed.type as AnalyticsRecord['recipient_type'],
      };
      if (!chance(random, receivedShare * (domainScore < 0.7 ? 0.9 : 0.97))) {
        analytics.push({ ...base, record_type: 1 });
        return;
      }
      const listed = domainScore < 0.7 && chance(random, 0.3);
      analytics.push({
        ...base,
        record_type: 2,
        sender_esp: senderEsp(account) as AnalyticsRecord['sender_esp'],
        ...verdict(random, domainScore, seed),
        ...authentication(random, domain, domainScore, senderEmail),
        smtp_ip_blacklist_report: listed
          ? { ip: domainIp(domain), is_blacklisted: true, blacklists: ['b.barracudacentral.org'] }
          : null,
      });
    });
  });

  const domains = [...new Set(senders.map((e) => e.split('@')[1] ?? e))];
  const reports: Report[] = domains.map((domain) => {
    const at = new Date(runAt.getTime() + 120_000);
    const spam = spamAssassinReport(random, reputation(domain) + runFactor);
    const blacklist = blacklistReport(random, domain, reputation(domain));
    return {
      id: uuidv7At(at.getTime(), random),
      timestamp_created: at.toISOString(),
      timestamp_created_date: at.toISOString().slice(0, 10),
      organization_id: input.organizationId,
      test_id: test.id,
      domain,
      domain_ip: domainIp(domain),
      domain_blacklist_count: blacklist.details.filter((d) => d.is_listed && d.test_type === 'domain').length,
      domain_ip_blacklist_count: blacklist.details.filter((d) => d.is_listed && d.test_type === 'ip').length,
      spam_assassin_score: spam.score,
      spam_assassin_report: spam.report,
      blacklist_report: blacklist,
    };
  });
  return { analytics, reports };
}
