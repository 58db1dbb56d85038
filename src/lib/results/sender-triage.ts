import type { AnalyticsRecord } from '../../../core/contract/analytics';
import { placementOf } from '../../../core/rules/placement';

/**
 * Per sender and recipient provider, worst first (docs/product.md: "every mailbox under 80%").
 * "Landed" is inbox or a category tab: a Promotions tab is a mailbox, not spam. Thresholds:
 * - healthy: 90% or more landed;
 * - at risk: 80–90% landed;
 * - spam bound: under 80% landed, i.e. 20% or more in spam (the automations' default
 *   "placement goes below 80%" would fire);
 * - waiting: sent, nothing received yet; silent: a configured sender with no records at all
 *   (Instantly drops paused and errored accounts without saying so).
 * Records from senders the test does not list are kept and flagged `foreign` (docs/api/reference.md §4.1 [C]).
 */
export type SenderHealth = 'spam-bound' | 'silent' | 'at-risk' | 'waiting' | 'healthy';
export const HEALTH_ORDER: readonly SenderHealth[] = [
  'spam-bound',
  'silent',
  'at-risk',
  'waiting',
  'healthy',
];
export const HEALTHY_FROM = 90;
export const AT_RISK_FROM = 80;

export interface PlacementCounts {
  sent: number;
  received: number;
  inbox: number;
  category: number;
  spam: number;
}

export interface SenderRow extends PlacementCounts {
  sender: string;
  foreign: boolean;
  /** Inbox + category tab, % of received; null before anything arrived. */
  landedPercent: number | null;
  health: SenderHealth;
  byProvider: Record<number, PlacementCounts>;
}

export const emptyCounts = (): PlacementCounts => ({ sent: 0, received: 0, inbox: 0, category: 0, spam: 0 });

export function addRecord(counts: PlacementCounts, record: AnalyticsRecord): void {
  counts.sent += 1;
  const placement = placementOf(record);
  if (!placement) return;
  counts.received += 1;
  counts[placement] += 1;
}

export function landedPercent(counts: PlacementCounts): number | null {
  return counts.received === 0 ? null : (100 * (counts.inbox + counts.category)) / counts.received;
}

export function healthOf(counts: PlacementCounts): SenderHealth {
  const landed = landedPercent(counts);
  if (counts.sent === 0) return 'silent';
  if (landed === null) return 'waiting';
  if (landed >= HEALTHY_FROM) return 'healthy';
  return landed >= AT_RISK_FROM ? 'at-risk' : 'spam-bound';
}

export function triageSenders(
  records: readonly AnalyticsRecord[],
  configuredSenders: readonly string[],
): { rows: SenderRow[]; providers: number[] } {
  const configured = new Set(configuredSenders.map((s) => s.toLowerCase()));
  const rows = new Map<string, Omit<SenderRow, 'landedPercent' | 'health'>>();
  const row = (sender: string) => {
    let found = rows.get(sender);
    if (!found) {
      found = { sender, foreign: !configured.has(sender), byProvider: {}, ...emptyCounts() };
      rows.set(sender, found);
    }
    return found;
  };
  for (const sender of configured) row(sender);
  const providers = new Set<number>();
  for (const record of records) {
    const target = row((record.sender_email ?? 'unknown sender').toLowerCase());
    addRecord(target, record);
    const esp = record.recipient_esp;
    if (esp === null || esp === undefined) continue;
    providers.add(esp);
    addRecord((target.byProvider[esp] ??= emptyCounts()), record);
  }
  const triaged = [...rows.values()].map((r) => ({
    ...r,
    landedPercent: landedPercent(r),
    health: healthOf(r),
  }));
  triaged.sort(
    (a, b) =>
      HEALTH_ORDER.indexOf(a.health) - HEALTH_ORDER.indexOf(b.health) ||
      (a.landedPercent ?? 101) - (b.landedPercent ?? 101) ||
      a.sender.localeCompare(b.sender),
  );
  return { rows: triaged, providers: [...providers].sort((a, b) => a - b) };
}
