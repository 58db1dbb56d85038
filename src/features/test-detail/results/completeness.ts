import type { DateStats } from '../../../../core/contract/analytics';
import {
  placementOf,
  RESULTS_GRACE_MS,
  type Placement,
  type PlacementFields,
} from '../../../../core/rules/placement';

/**
 * How complete a window's results are (docs/product.md: "expected vs sent vs received vs missing").
 * Expected is what the configured senders × seed inboxes should send per run; an email sent but
 * not received is pending while it may still arrive and missing after that: for every run but
 * the newest, and for the newest once the grace period since its last send has passed or
 * Instantly has finished the test.
 */
export interface CompletenessInput {
  /** Configured senders × seed inboxes; null when the test lists no senders (outside sending). */
  expectedPerRun: number | null;
  /** `stats-by-date` rows inside the window: one per run day. */
  days: readonly Pick<DateStats, 'timestamp_created_date' | 'sent_count' | 'received_count'>[];
  /** When the window's newest email was sent (the first row of the newest-first list). */
  lastSentAt: string | null | undefined;
  now: Date;
  /** A one-time test that is Completed: nothing more will arrive. */
  finished: boolean;
}

export type CompletenessState = 'empty' | 'collecting' | 'complete';

export interface Completeness {
  runs: number;
  expected: number | null;
  sent: number;
  received: number;
  pending: number;
  missing: number;
  /** Expected but never sent (silent senders); null when expected is unknown. */
  notSent: number | null;
  /** The run day (UTC, YYYY-MM-DD) whose unarrived emails are still arriving; null if none are. */
  pendingDay: string | null;
  state: CompletenessState;
}

export function computeCompleteness({
  expectedPerRun,
  days,
  lastSentAt,
  now,
  finished,
}: CompletenessInput): Completeness {
  const ran = [...days]
    .filter((d) => d.sent_count > 0)
    .sort((a, b) => a.timestamp_created_date.localeCompare(b.timestamp_created_date));
  const newest = ran.at(-1)?.timestamp_created_date;
  const lastSentMs = lastSentAt ? Date.parse(lastSentAt) : Number.NaN;
  const newestFinal =
    finished || (Number.isFinite(lastSentMs) && now.getTime() - lastSentMs > RESULTS_GRACE_MS);
  let sent = 0;
  let received = 0;
  let pending = 0;
  let missing = 0;
  for (const day of ran) {
    const notArrived = Math.max(0, day.sent_count - day.received_count);
    sent += day.sent_count;
    received += day.received_count;
    if (day.timestamp_created_date === newest && !newestFinal) pending += notArrived;
    else missing += notArrived;
  }
  const expected = expectedPerRun === null ? null : expectedPerRun * ran.length;
  return {
    runs: ran.length,
    expected,
    sent,
    received,
    pending,
    missing,
    notSent: expected === null ? null : Math.max(0, expected - sent),
    pendingDay: pending > 0 ? (newest ?? null) : null,
    state: sent === 0 ? 'empty' : pending > 0 ? 'collecting' : 'complete',
  };
}

/**
 * One record's result in the glossary's words: its placement once received, else still arriving
 * (it belongs to the run Completeness counts as pending) or missing. The records table and its
 * CSV use this, so a record and the Completeness figures never disagree.
 */
export function recordResult(
  record: { record_type?: number | null; timestamp_created?: string | null } & PlacementFields,
  pendingDay: string | null,
): Placement | 'stillArriving' | 'missing' {
  const placement = placementOf(record);
  if (placement) return placement;
  return pendingDay !== null && record.timestamp_created?.slice(0, 10) === pendingDay ? 'stillArriving' : 'missing';
}
