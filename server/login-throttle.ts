/**
 * Failed sign-ins, counted per client address with a growing wait (ADR 014). Per address, so an
 * attacker who keeps failing locks out only themselves and the owner can still sign in from
 * elsewhere; the wait doubles, so a patient guesser gets a handful of tries an hour. The caller
 * asks `wait` and reports the outcome without awaiting in between, so attempts are counted in
 * the order they are judged, however many arrive at once.
 */
export interface LoginThrottleOptions {
  /** Wrong passwords an address may give before it has to wait. */
  freeFailures?: number;
  /** The first wait; each further failure doubles it, up to `maxWaitMs`. */
  firstWaitMs?: number;
  maxWaitMs?: number;
  /** An address that stops failing is forgotten after this long. */
  forgetAfterMs?: number;
  /** Addresses remembered at most (the oldest go first), so a flood cannot grow memory. */
  maxAddresses?: number;
}

interface Record {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export function createLoginThrottle({
  freeFailures = 5,
  firstWaitMs = 30_000,
  maxWaitMs = 15 * 60_000,
  forgetAfterMs = 60 * 60_000,
  maxAddresses = 10_000,
}: LoginThrottleOptions = {}) {
  const records = new Map<string, Record>();

  const current = (address: string, now: number) => {
    const record = records.get(address);
    if (record && now - record.lastFailure > forgetAfterMs) {
      records.delete(address);
      return undefined;
    }
    return record;
  };

  return {
    /** How long this address must wait before its next try is judged; 0 when it may try now. */
    wait(address: string, now: number): number {
      return Math.max(0, (current(address, now)?.lockedUntil ?? 0) - now);
    },
    fail(address: string, now: number): void {
      const record = current(address, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
      record.failures += 1;
      record.lastFailure = now;
      const over = record.failures - freeFailures;
      if (over >= 0) record.lockedUntil = now + Math.min(maxWaitMs, firstWaitMs * 2 ** Math.min(over, 30));
      // Re-inserted, so the Map's order is oldest failure first.
      records.delete(address);
      records.set(address, record);
      if (records.size > maxAddresses) records.delete(records.keys().next().value as string);
    },
    succeed(address: string): void {
      records.delete(address);
    },
  };
}
