import { describe, expect, it } from 'vitest';
import { runBounded } from './run-bounded';

/** A job per item whose completion the test controls, to observe what is in flight. */
function controlledJobs<T>() {
  const pending = new Map<T, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  let inFlight = 0;
  let maxInFlight = 0;
  const worker = (item: T) =>
    new Promise<string>((resolve, reject) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => {
        inFlight -= 1;
        pending.delete(item);
      };
      pending.set(item, {
        resolve: (v) => (done(), resolve(v)),
        reject: (e) => (done(), reject(e)),
      });
    });
  return { pending, worker, maxInFlight: () => maxInFlight };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runBounded', () => {
  it('keeps at most `concurrency` jobs in flight and settles every item in input order', async () => {
    const jobs = controlledJobs<number>();
    const run = runBounded([1, 2, 3, 4, 5, 6, 7], jobs.worker, { concurrency: 3 });
    await flush();
    expect([...jobs.pending.keys()]).toEqual([1, 2, 3]);
    // Finish out of order: the freed lane picks up the next item.
    jobs.pending.get(2)?.resolve('two');
    await flush();
    expect([...jobs.pending.keys()]).toEqual([1, 3, 4]);
    while (jobs.pending.size) {
      for (const [item, job] of [...jobs.pending]) job.resolve(`#${item}`);
      await flush();
    }
    const results = await run;
    expect(jobs.maxInFlight()).toBe(3);
    expect(results.map((r) => r.status === 'fulfilled' && r.value)).toEqual([
      '#1',
      'two',
      '#3',
      '#4',
      '#5',
      '#6',
      '#7',
    ]);
  });

  it('reports which items failed and why, and leaves the others done', async () => {
    const failing = new Set(['b', 'd']);
    const progress: number[] = [];
    const results = await runBounded(
      ['a', 'b', 'c', 'd', 'e'],
      async (item) => {
        if (failing.has(item)) throw new Error(`${item} is locked`);
        return item.toUpperCase();
      },
      { concurrency: 2, onSettled: (_r, settled) => progress.push(settled) },
    );
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.item)).toEqual(['a', 'c', 'e']);
    expect(
      results.flatMap((r) => (r.status === 'rejected' ? [`${r.item}: ${(r.reason as Error).message}`] : [])),
    ).toEqual(['b: b is locked', 'd: d is locked']);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  });

  it('spaces starts by `minIntervalMs` across all lanes (a rate cap)', async () => {
    let clock = 0;
    const starts: number[] = [];
    await runBounded(
      [1, 2, 3, 4],
      async () => {
        starts.push(clock);
      },
      {
        concurrency: 4,
        minIntervalMs: 50,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      },
    );
    expect(starts).toEqual([0, 50, 100, 150]);
  });

  it('starts nothing new once aborted and rejects the rest with the reason', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const results = await runBounded(
      [1, 2, 3, 4],
      async (item) => {
        started.push(item);
        if (item === 2) controller.abort(new Error('cancelled'));
      },
      { concurrency: 1, signal: controller.signal },
    );
    expect(started).toEqual([1, 2]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
  });

  it('handles an empty list', async () => {
    expect(await runBounded([], async () => 1, { concurrency: 4 })).toEqual([]);
  });
});
