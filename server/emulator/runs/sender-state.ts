import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { SenderState } from '../store/pickers-repo';

/**
 * Whether a test can send right now, from its senders' state in the workspace (reference §3.1
 * `not_sending_status`). A test is "not sending" when none of its senders can send: a sender
 * that cannot send while others can is a silent sender of the next run, not a test that stopped.
 * - `daily_limits_hit`: at least one sender is at its daily limit (or has no inbox placement
 *   tests left today, `inbox_placement_test_limit` 0) and no other sender can send;
 * - `other`: every sender is paused, disconnected or erroring;
 * - senders the workspace does not have are left out: with none known the emulator cannot tell;
 * - none (the key is absent) for paused and completed tests and for mail sent from outside
 *   Instantly, which Instantly does not send.
 * ADR 016 records these choices.
 */
export type NotSendingStatus = 'daily_limits_hit' | 'other';

export function atDailyLimit(account: SenderState): boolean {
  return account.dailyLimitReached === true || account.inbox_placement_test_limit === 0;
}

/** A sender Instantly would send a test's mail from right now. */
export function canSend(account: SenderState | undefined): boolean {
  return account !== undefined && account.status === 1 && !atDailyLimit(account);
}

export function notSendingStatus(
  test: Pick<PlacementTest, 'status' | 'sending_method'>,
  senders: readonly (SenderState | undefined)[],
): NotSendingStatus | null {
  const known = senders.filter((s): s is SenderState => s !== undefined);
  if (test.status !== 1 || test.sending_method !== 1 || known.length === 0) return null;
  if (known.some(canSend)) return null;
  return known.some(atDailyLimit) ? 'daily_limits_hit' : 'other';
}
