/**
 * Run one async job per item with at most `concurrency` in flight and, optionally, at least
 * `minIntervalMs` between starts. Used for bulk actions: the API has no bulk endpoints and
 * allows a workspace 100 requests per second across all its clients
 * (docs/api/reference.md §1 "Rate limits"), so a bulk action must pace itself.
 *
 * Never rejects: every item settles as fulfilled or rejected, in input order, so a caller can
 * report which ones failed and leave the others done.
 */

export type BoundedResult<T, R> =
  { item: T; status: 'fulfilled'; value: R } | { item: T; status: 'rejected'; reason: unknown };

export interface RunBoundedOptions<T, R> {
  concurrency: number;
  /** Minimum time between two starts (a rate cap: 50 → at most 20 starts a second). */
  minIntervalMs?: number;
  /** Called after each item settles, with how many have settled so far. */
  onSettled?: (result: BoundedResult<T, R>, settled: number, total: number) => void;
  /** Stop starting new items once aborted; those not started are rejected with the reason. */
  signal?: AbortSignal;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runBounded<T, R>(
  items: readonly T[],
  worker: (item: T, index: number) => Promise<R>,
  {
    concurrency,
    minIntervalMs = 0,
    onSettled,
    signal,
    sleep = defaultSleep,
    now = Date.now,
  }: RunBoundedOptions<T, R>,
): Promise<BoundedResult<T, R>[]> {
  const results = new Array<BoundedResult<T, R>>(items.length);
  let next = 0;
  let settled = 0;
  let lastStart = -Infinity;
  // Starts are claimed one at a time so the interval holds across lanes.
  let startGate: Promise<void> = Promise.resolve();

  const claimStart = () => {
    const gate = startGate.then(async () => {
      const wait = lastStart + minIntervalMs - now();
      if (minIntervalMs > 0 && wait > 0) await sleep(wait);
      lastStart = now();
    });
    startGate = gate;
    return gate;
  };

  const settle = (index: number, result: BoundedResult<T, R>) => {
    results[index] = result;
    settled += 1;
    onSettled?.(result, settled, items.length);
  };

  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      await claimStart();
      if (signal?.aborted) {
        settle(index, { item, status: 'rejected', reason: signal.reason });
        continue;
      }
      try {
        settle(index, { item, status: 'fulfilled', value: await worker(item, index) });
      } catch (reason) {
        settle(index, { item, status: 'rejected', reason });
      }
    }
  };

  const lanes = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
