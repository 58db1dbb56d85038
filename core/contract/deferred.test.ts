import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { deferred } from './deferred';

describe('deferred schemas', () => {
  it('builds the schema on first use, once, and then behaves as the schema itself', () => {
    let builds = 0;
    const item = deferred(() => {
      builds += 1;
      return z.looseObject({ id: z.string(), count: z.number() });
    });
    // Used inside other schemas at import time without being built…
    const page = z.object({ items: z.array(item), next: z.nullish(item) });
    const extended = deferred(() => z.looseObject({ ...item.shape, extra: z.boolean() }));
    expect(builds).toBe(0);

    // …and built at the first parse, with zod's own results and error paths.
    expect(page.safeParse({ items: [{ id: 'a', count: 1, more: true }] })).toEqual({
      success: true,
      data: { items: [{ id: 'a', count: 1, more: true }] },
    });
    const failed = page.safeParse({ items: [{ id: 'a', count: 'one' }] });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['items', 0, 'count']);
    expect(extended.safeParse({ id: 'b', count: 2 }).success).toBe(false);
    expect(extended.safeParse({ id: 'b', count: 2, extra: false }).success).toBe(true);
    expect(Object.keys(item.shape)).toEqual(['id', 'count']);
    expect(item instanceof z.ZodMiniObject).toBe(true);
    expect(builds).toBe(1);
  });
});
