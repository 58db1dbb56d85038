import type { AnalyticsRecord } from '../contract/analytics';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../contract/common';
import type { Report } from '../contract/reports';
import { placementOf } from './placement';

/**
 * What one window of results (one run of a test, or a period) adds up to, in the shape two
 * windows can be compared in: counts, not views. Built from the analytics rows and the
 * blacklist & SpamAssassin reports of the window (docs/api/reference.md §4.1, §5.1).
 */
export interface Share {
  sent: number;
  received: number;
  inbox: number;
  category: number;
  spam: number;
}

export type Dimension = 'provider' | 'region' | 'type';
export const DIMENSIONS: readonly Dimension[] = ['provider', 'region', 'type'];
export const DIMENSION_NAMES: Record<Dimension, string> = {
  provider: 'Seed provider',
  region: 'Region',
  type: 'Inbox type',
};
const DIMENSION_FIELD = {
  provider: 'recipient_esp',
  region: 'recipient_geo',
  type: 'recipient_type',
} as const;
const DIMENSION_LABELS: Record<Dimension, Record<number, string>> = {
  provider: ESP_CODE_LABELS,
  region: GEO_CODE_LABELS,
  type: RECIPIENT_TYPE_LABELS,
};
export const dimensionLabel = (dimension: Dimension, code: number) =>
  DIMENSION_LABELS[dimension][code] ?? `Code ${code}`;

export type AuthCheck = 'spf' | 'dkim' | 'dmarc';
export const AUTH_CHECK_NAMES: Record<AuthCheck, string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC' };
const AUTH_FIELD = { spf: 'spf_pass', dkim: 'dkim_pass', dmarc: 'dmarc_pass' } as const;
export type PassCounts = Record<AuthCheck, { passed: number; checked: number }>;

export interface Listing {
  domain: string;
  target: 'domain' | 'ip';
  /** The domain or the IP that is listed. */
  address: string;
  blacklist: string;
}

export interface SpamRule {
  name: string;
  description: string;
  points: number;
}

export interface WindowSummary {
  total: Share;
  byDimension: Record<Dimension, Map<number, Share>>;
  bySender: Map<string, Share>;
  authByDomain: Map<string, PassCounts>;
  listings: Listing[];
  /** The highest SpamAssassin score of the window's newest report per domain; null without reports. */
  spamScore: number | null;
  /** Every rule that fired, at its highest points across the domains. */
  spamRules: Map<string, SpamRule>;
}

export const emptyShare = (): Share => ({ sent: 0, received: 0, inbox: 0, category: 0, spam: 0 });

function add(share: Share, record: AnalyticsRecord) {
  share.sent += 1;
  const placement = placementOf(record);
  if (!placement) return;
  share.received += 1;
  share[placement] += 1;
}

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** Percentage of received; null before anything was received. */
export function shareOf(share: Share, placement: 'inbox' | 'category' | 'spam'): number | null {
  return share.received === 0 ? null : (100 * share[placement]) / share.received;
}

export const senderDomain = (email: string | null | undefined) =>
  email?.split('@')[1]?.toLowerCase() ?? 'unknown domain';

/** The newest report of each domain: one per domain per run (reference §5.1 [I]). */
function newestPerDomain(reports: readonly Report[]): Report[] {
  const newest = new Map<string, Report>();
  for (const report of reports) {
    const seen = newest.get(report.domain);
    if (!seen || report.timestamp_created > seen.timestamp_created) newest.set(report.domain, report);
  }
  return [...newest.values()];
}

export function summarizeWindow(
  records: readonly AnalyticsRecord[],
  reports: readonly Report[],
): WindowSummary {
  const summary: WindowSummary = {
    total: emptyShare(),
    byDimension: { provider: new Map(), region: new Map(), type: new Map() },
    bySender: new Map(),
    authByDomain: new Map(),
    listings: [],
    spamScore: null,
    spamRules: new Map(),
  };
  for (const record of records) {
    add(summary.total, record);
    for (const dimension of DIMENSIONS) {
      const code = record[DIMENSION_FIELD[dimension]];
      if (code !== null && code !== undefined)
        add(entry(summary.byDimension[dimension], code, emptyShare), record);
    }
    add(entry(summary.bySender, (record.sender_email ?? 'unknown sender').toLowerCase(), emptyShare), record);
    if (record.record_type !== 2) continue;
    const zero = () => ({ passed: 0, checked: 0 });
    const auth = entry(summary.authByDomain, senderDomain(record.sender_email), () => ({
      spf: zero(),
      dkim: zero(),
      dmarc: zero(),
    }));
    for (const check of ['spf', 'dkim', 'dmarc'] as const) {
      const value = record[AUTH_FIELD[check]];
      if (value === null || value === undefined) continue;
      auth[check].checked += 1;
      if (value) auth[check].passed += 1;
    }
  }
  for (const report of newestPerDomain(reports)) {
    const ip = report.blacklist_report?.ip ?? report.domain_ip;
    for (const detail of report.blacklist_report?.details ?? []) {
      if (!detail.is_listed) continue;
      const target = detail.test_type === 'domain' ? 'domain' : 'ip';
      summary.listings.push({
        domain: report.domain,
        target,
        address: target === 'domain' ? report.domain : ip,
        blacklist: detail.blacklist,
      });
    }
    summary.spamScore = Math.max(summary.spamScore ?? -Infinity, report.spam_assassin_score);
    for (const rule of report.spam_assassin_report?.report ?? []) {
      const points = (Number.parseFloat(rule.score) || 0) + 0;
      const seen = summary.spamRules.get(rule.name);
      if (!seen || points > seen.points) {
        summary.spamRules.set(rule.name, { name: rule.name, description: rule.description, points });
      }
    }
  }
  return summary;
}
