import { describe, expect, it } from 'vitest';
import { Faults, faultConfigSchema } from './faults';

async function statuses(faults: Faults, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await faults.apply('GET', '/api/v2/accounts'))?.status ?? 200);
  return out;
}

describe('Faults with a seed', () => {
  const config = { rateLimitRate: 0.3, errorRate: 0.3, seed: 42 };

  it('answers the same requests with the same faults every time it is set', async () => {
    const faults = new Faults(() => {
      throw new Error('a seeded configuration must not use the unseeded generator');
    });
    faults.set(config);
    const first = await statuses(faults, 40);
    faults.set(config);
    expect(await statuses(faults, 40)).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 500]));
  });

  it('another seed gives another sequence; no seed falls back to the unseeded generator', async () => {
    const faults = new Faults(() => 0);
    faults.set(config);
    const seeded = await statuses(faults, 40);
    faults.set({ ...config, seed: 43 });
    expect(await statuses(faults, 40)).not.toEqual(seeded);
    faults.set({ rateLimitRate: 0.3, errorRate: 0.3 });
    expect(await statuses(faults, 3)).toEqual([429, 429, 429]);
  });

  it('accepts a 32-bit unsigned integer seed only', () => {
    expect(faultConfigSchema.safeParse({ seed: 0xffffffff }).success).toBe(true);
    expect(faultConfigSchema.safeParse({ seed: -1 }).success).toBe(false);
    expect(faultConfigSchema.safeParse({ seed: 1.5 }).success).toBe(false);
  });
});
