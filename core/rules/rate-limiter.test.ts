import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

/** A fake clock: sleeping advances time, so the test measures pacing without waiting. */
function clock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), get time() { return t; } };
}

describe('RateLimiter', () => {
  it('lets a burst up to the per-second limit through at once, then paces the rest', async () => {
    const c = clock();
    const limiter = new RateLimiter({ perSecond: 5, perMinute: 1000, now: c.now, sleep: c.sleep });
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      await limiter.acquire();
      times.push(c.time);
    }
    expect(times.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(times.slice(5, 10)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(times.slice(10)).toEqual([2000, 2000]);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((t) => t > times[i]! - 1000 && t <= times[i]!).length).toBeLessThanOrEqual(5);
    }
  });

  it('with a margin, counts each window that much longer: a late request still fits the API’s second', async () => {
    const c = clock();
    const limiter = new RateLimiter({ perSecond: 5, perMinute: 1000, marginMs: 100, now: c.now, sleep: c.sleep });
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      await limiter.acquire();
      times.push(c.time);
    }
    expect(times).toEqual([0, 0, 0, 0, 0, 1100, 1100, 1100, 1100, 1100, 2200]);
  });

  it('sends nothing while paused for a Retry-After, then paces as before', async () => {
    const c = clock();
    const limiter = new RateLimiter({ perSecond: 2, perMinute: 1000, now: c.now, sleep: c.sleep });
    limiter.pauseFor(1500);
    limiter.pauseFor(500); // a shorter wait does not cut the longer one short
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await limiter.acquire();
      times.push(c.time);
    }
    expect(times).toEqual([1500, 1500, 2500]);
  });

  it('also holds the per-minute ceiling', async () => {
    const c = clock();
    const limiter = new RateLimiter({ perSecond: 100, perMinute: 150, now: c.now, sleep: c.sleep });
    const times: number[] = [];
    for (let i = 0; i < 160; i++) {
      await limiter.acquire();
      times.push(c.time);
    }
    expect(times[149]).toBeLessThan(60_000);
    expect(times[150]).toBe(60_000);
  });

  it('serves concurrent callers in order', async () => {
    const c = clock();
    const limiter = new RateLimiter({ perSecond: 2, perMinute: 100, now: c.now, sleep: c.sleep });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(c.time).toBe(1000);
  });
});
