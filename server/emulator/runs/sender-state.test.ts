import { describe, expect, it } from 'vitest';
import { notSendingStatus } from './sender-state';

const active = { status: 1 as const, sending_method: 1 as const };
const ok = { email: 'a@x.com', status: 1 };
const limited = { email: 'b@x.com', status: 1, dailyLimitReached: true };
const noTestsLeft = { email: 'c@x.com', status: 1, inbox_placement_test_limit: 0 };
const disconnected = { email: 'd@x.com', status: -1 };
const paused = { email: 'e@x.com', status: 2 };

describe('notSendingStatus', () => {
  it('is clear while any sender can send, whatever the others', () => {
    expect(notSendingStatus(active, [ok, limited, disconnected])).toBeNull();
  });

  it('says daily_limits_hit when no sender can send and one is at its limit (or out of placement tests)', () => {
    expect(notSendingStatus(active, [limited, disconnected])).toBe('daily_limits_hit');
    expect(notSendingStatus(active, [noTestsLeft, paused])).toBe('daily_limits_hit');
  });

  it('says other when every sender is paused or erroring', () => {
    expect(notSendingStatus(active, [disconnected, paused])).toBe('other');
  });

  it('is clear for paused and completed tests, outside sending, and senders the workspace does not have', () => {
    expect(notSendingStatus({ ...active, status: 2 }, [limited])).toBeNull();
    expect(notSendingStatus({ ...active, status: 3 }, [limited])).toBeNull();
    expect(notSendingStatus({ ...active, sending_method: 2 }, [limited])).toBeNull();
    expect(notSendingStatus(active, [undefined, undefined])).toBeNull();
    expect(notSendingStatus(active, [undefined, limited])).toBe('daily_limits_hit');
  });
});
