import { describe, expect, it } from 'vitest';
import { Faults, faultConfigSchema } from './http/faults';

async function statuses(faults: Faults, count: number, method = 'GET', path = '/api/v2/accounts') {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await faults.apply(method, path))?.response.status ?? 200);
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

  it('each endpoint has its own stream: other requests in between change nothing, ids do not matter', async () => {
    const faults = new Faults();
    faults.set(config);
    const patches = await statuses(
      faults,
      20,
      'PATCH',
      '/api/v2/inbox-placement-tests/0190a3c4-7b2e-7c3d-8e4f-5a6b7c8d9e0f',
    );

    faults.set(config);
    const interleaved: number[] = [];
    for (let i = 0; i < 20; i++) {
      await statuses(
        faults,
        i % 3,
        'GET',
        '/api/v2/inbox-placement-tests/0190a3c4-7b2e-7c3d-8e4f-5a6b7c8d9e0f',
      );
      interleaved.push(
        ...(await statuses(
          faults,
          1,
          'PATCH',
          '/api/v2/inbox-placement-tests/0190ffff-0000-7000-8000-000000000001',
        )),
      );
    }
    expect(interleaved).toEqual(patches);
  });

  it('accepts a 32-bit unsigned integer seed only', () => {
    expect(faultConfigSchema.safeParse({ seed: 0xffffffff }).success).toBe(true);
    expect(faultConfigSchema.safeParse({ seed: -1 }).success).toBe(false);
    expect(faultConfigSchema.safeParse({ seed: 1.5 }).success).toBe(false);
  });
});
