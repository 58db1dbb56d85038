import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsertTests } from './store/bulk-tests';
import type { Emulator } from './create-emulator';
import { keysetSql, type KeysetQuery } from './store/keyset';
import { FTS_MAX_MATCHES } from './store/placement-tests-repo';
import { call, createBody, FIXED_NOW, testEmulator } from '../../testing/emulator/test-kit';

/**
 * Cursor pagination over ~1,000 tests: every walk visits each matching test exactly once, in
 * order, and `next_starting_after` is present exactly while more items exist.
 */
const T = '/api/v2/inbox-placement-tests';
type Item = { id: string; name: string; status: number; timestamp_created: string };
let emulator: Emulator;
/** Every test, ascending: read by the cases, never changed by them. */
let all: Item[] = [];

async function walk(query: string, limit: number): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const res = await call(
      emulator,
      'GET',
      `${T}?limit=${limit}${query}${cursor ? `&starting_after=${cursor}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    pages++;
    items.push(...res.body.items);
    if (!('next_starting_after' in res.body)) return { items, pages };
    expect(res.body.items).toHaveLength(limit);
    expect(res.body.next_starting_after).toBe(res.body.items.at(-1).id);
    cursor = res.body.next_starting_after;
  }
}

const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: Item, b: Item) => {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : byId(a, b);
};

beforeAll(async () => {
  emulator = testEmulator();
  bulkInsertTests(emulator.store, 1000, FIXED_NOW);
  all = (await walk('&sort_order=asc', 100)).items;
});
afterAll(() => emulator.close());

describe('cursor pagination of the tests list', () => {
  it('walks all tests once in id (= creation) order, ascending and descending', async () => {
    expect(all).toHaveLength(1030);
    expect(new Set(all.map((t) => t.id)).size).toBe(1030);
    expect([...all].sort(byId)).toEqual(all);
    const desc = await walk('', 37);
    expect(desc.items.map((t) => t.id)).toEqual([...all].reverse().map((t) => t.id));
    expect(desc.pages).toBe(Math.ceil(1030 / 37));
  });

  it('defaults to 10 items, newest first, and omits next_starting_after on the last page', async () => {
    const first = await call(emulator, 'GET', T);
    expect(first.body.items.map((t: Item) => t.id)).toEqual(
      [...all]
        .reverse()
        .slice(0, 10)
        .map((t) => t.id),
    );
    const last = await call(emulator, 'GET', `${T}?sort_order=asc&limit=5&starting_after=${all.at(-6)?.id}`);
    expect(last.body.items).toHaveLength(5);
    expect(last.body).not.toHaveProperty('next_starting_after');
    const past = await call(emulator, 'GET', `${T}?sort_order=asc&starting_after=${all.at(-1)?.id}`);
    expect(past.body).toEqual({ items: [] });
  });

  it('search is a case-insensitive substring of the name, and pages through', async () => {
    const { items } = await walk('&search=GMAIL%20check', 25);
    const expected = all.filter((t) => t.name.toLowerCase().includes('gmail check')).reverse();
    expect(expected.length).toBeGreaterThan(50);
    expect(items.map((t) => t.id)).toEqual(expected.map((t) => t.id));
  });

  it.each([1, 2, 3])('status=%i filters and pages through', async (status) => {
    const { items } = await walk(`&status=${status}&sort_order=asc`, 50);
    expect(items.map((t) => t.id)).toEqual(all.filter((t) => t.status === status).map((t) => t.id));
  });

  it('search and status combine', async () => {
    const { items } = await walk('&status=2&search=northwind', 10);
    expect(items.map((t) => t.id)).toEqual(
      all
        .filter((t) => t.status === 2 && t.name.toLowerCase().includes('northwind'))
        .reverse()
        .map((t) => t.id),
    );
  });

  it.each(['asc', 'desc'])(
    'sort_column=name %s: ordered by name then id, cursor = last id',
    async (order) => {
      const { items } = await walk(`&sort_column=name&sort_order=${order}`, 100);
      const expected = [...all].sort(byName);
      if (order === 'desc') expected.reverse();
      expect(items.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    },
  );

  it('sort_column=name pages through tests of one name by id, on both search paths', async () => {
    // Its own store: 12 tests of one name among others; a rare search takes the trigram path.
    const own = testEmulator();
    try {
      const made: string[] = [];
      for (let i = 0; i < 12; i++) made.push((await call(own, 'POST', T, { body: createBody({ name: 'Twin check' }) })).body.id);
      made.sort();
      for (const [query, order] of [['&search=twin', 'asc'], ['&search=twin', 'desc'], ['&search=tw', 'asc']] as const) {
        const ids: string[] = [];
        let cursor = '';
        for (;;) {
          const res = await call(own, 'GET', `${T}?limit=5&sort_column=name&sort_order=${order}${query}${cursor}`);
          ids.push(...res.body.items.map((t: Item) => t.id));
          if (!res.body.next_starting_after) break;
          cursor = `&starting_after=${res.body.next_starting_after}`;
        }
        expect(ids, `${query} ${order}`).toEqual(order === 'asc' ? made : [...made].reverse());
      }
    } finally {
      own.close();
    }
  });

  it('sort_column=name with status and search', async () => {
    const { items } = await walk('&sort_column=name&sort_order=asc&status=1&search=acme', 20);
    expect(items.map((t) => t.id)).toEqual(
      all
        .filter((t) => t.status === 1 && t.name.toLowerCase().includes('acme'))
        .sort(byName)
        .map((t) => t.id),
    );
  });

  it('sort_column=timestamp_created walks every test', async () => {
    const { items } = await walk('&sort_column=timestamp_created&sort_order=asc', 100);
    expect(items.map((t) => t.timestamp_created)).toEqual([...all].map((t) => t.timestamp_created).sort());
    expect(new Set(items.map((t) => t.id)).size).toBe(all.length);
  });

  it('an id cursor still works after that test was deleted', async () => {
    // On its own store: the other cases read the shared one as beforeAll made it.
    const own = testEmulator();
    try {
      bulkInsertTests(own.store, 10, FIXED_NOW);
      const page = await call(own, 'GET', `${T}?limit=3`);
      const cursor = page.body.next_starting_after;
      const expected = (await call(own, 'GET', `${T}?limit=3&starting_after=${cursor}`)).body.items;
      expect((await call(own, 'DELETE', `${T}/${cursor}`)).status).toBe(200);
      expect((await call(own, 'GET', `${T}?limit=3&starting_after=${cursor}`)).body.items).toEqual(expected);
    } finally {
      own.close();
    }
  });

  it('a next run already in the past is rolled forward when the list is read (bulk tests never run)', async () => {
    const own = testEmulator();
    try {
      bulkInsertTests(own.store, 40, FIXED_NOW);
      const { now } = (await call(own, 'POST', '/__emulator/clock', { body: { advanceMs: 30 * 86_400_000 } })).body;
      const { items } = (await call(own, 'GET', `${T}?limit=100`)).body as {
        items: { type: number; status: number; timestamp_next_run: string | null }[];
      };
      const scheduled = items.filter((t) => t.type === 2 && t.status === 1);
      expect(scheduled.length).toBeGreaterThan(0);
      for (const t of scheduled) expect(Date.parse(t.timestamp_next_run ?? '')).toBeGreaterThan(Date.parse(now));
    } finally {
      own.close();
    }
  });

  const planOf = (q: KeysetQuery) => {
    const { sql, params } = keysetSql(q);
    const rows = emulator.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
      detail: string;
    }[];
    return rows.map((r) => r.detail).join('; ');
  };

  it('without a rare search, every page is an index range scan: no sort step, no table scan', () => {
    for (const sortColumn of ['id', 'name', 'timestamp_created'] as const) {
      for (const status of [undefined, 1]) {
        for (const search of [undefined, 'gm', ' — ']) {
          const q = emulator.store.placementTests.pageQuery({
            limit: 100,
            startingAfter: all[500]?.id,
            sortColumn,
            desc: true,
            status,
            search,
          });
          expect(q.candidates, 'a common term walks the index').toBeUndefined();
          const plan = planOf(q);
          expect(plan, `${sortColumn}/${status}/${search}`).toMatch(/USING (COVERING )?INDEX ix_pt_/);
          expect(plan).not.toMatch(/TEMP B-TREE|SCAN placement_tests$/);
        }
      }
    }
  });

  it('a rare search is looked up in the trigram index, and sorts only its matches', () => {
    const q = emulator.store.placementTests.pageQuery({
      limit: 100,
      sortColumn: 'name',
      desc: false,
      search: 'gmail check',
    });
    expect(q.candidates).toBeDefined();
    const plan = planOf(q);
    expect(plan).toMatch(/VIRTUAL TABLE INDEX/);
    expect(plan).not.toMatch(/SCAN placement_tests(;|$)/);
  });

  it('both search paths give the same pages: a common 3-character term walks the index', async () => {
    const expected = all.filter((t) => t.name.includes(' — '));
    expect(expected.length).toBeGreaterThanOrEqual(FTS_MAX_MATCHES);
    const { items } = await walk(`&search=${encodeURIComponent(' — ')}&sort_order=asc`, 100);
    expect(items.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    const renamed = all[10] as Item;
    await call(emulator, 'PATCH', `${T}/${renamed.id}`, { body: { name: 'Zebra Unique Rename' } });
    expect((await walk('&search=zebra%20unique', 10)).items.map((t) => t.id)).toEqual([renamed.id]);
    expect((await walk(`&search=${encodeURIComponent(renamed.name.slice(-12))}`, 10)).items).toEqual([]);
    await call(emulator, 'PATCH', `${T}/${renamed.id}`, { body: { name: renamed.name } });
  });
});

describe('cursor pagination of the other lists', () => {
  it('accounts page by email, tags and campaigns by id', async () => {
    for (const [path, key] of [
      ['/api/v2/accounts', 'email'],
      ['/api/v2/custom-tags', 'id'],
      ['/api/v2/campaigns', 'id'],
    ] as const) {
      const seen: string[] = [];
      let cursor = '';
      for (;;) {
        const res = await call(
          emulator,
          'GET',
          `${path}?limit=2${cursor ? `&starting_after=${encodeURIComponent(cursor)}` : ''}`,
        );
        seen.push(...res.body.items.map((i: Record<string, string>) => i[key]));
        if (!res.body.next_starting_after) break;
        cursor = res.body.next_starting_after;
      }
      const full = (await call(emulator, 'GET', `${path}?limit=100`)).body.items.map(
        (i: Record<string, string>) => i[key],
      );
      expect(seen, path).toEqual(full);
      expect(new Set(seen).size).toBe(full.length);
    }
  });
});
