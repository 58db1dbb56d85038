import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from '../testing/server/spawn-server';

/**
 * Issue 14, item 4, as it was seen: two real servers started together on one new SQLite file,
 * then concurrent writes through both. Both must start, seed the file once, answer every write,
 * and still be running at the end.
 */
let children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children = [];
});

const json = { 'Content-Type': 'application/json' };

describe('two servers on one database file', () => {
  it('start together, seed once, and answer 300 concurrent PATCHes without a 500', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'two-servers-')), 'emulator.sqlite');
    const started = await Promise.allSettled([spawnServer({ EMULATOR_DB: dbFile }), spawnServer({ EMULATOR_DB: dbFile })]);
    for (const s of started) if (s.status === 'fulfilled') children.push(s.value.process);
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual(['started', 'started']);
    const [a, b] = started.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof spawnServer>>>).value);
    const exits: string[] = [];
    for (const s of [a!, b!]) s.process.on('exit', (code) => exits.push(`exited ${code}: ${s.output()}`));

    const list = async (url: string) =>
      ((await (await fetch(`${url}/api/v2/inbox-placement-tests?limit=100`)).json()) as { items: { id: string; status: number }[] }).items;
    const tests = await list(a!.url);
    expect((await list(b!.url)).map((t) => t.id)).toEqual(tests.map((t) => t.id));
    const ids = tests.filter((t) => t.status !== 3).slice(0, 6).map((t) => t.id);

    const statuses = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        fetch(`${i % 2 ? a!.url : b!.url}/api/v2/inbox-placement-tests/${ids[i % ids.length]}`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ name: `Renamed ${i}` }),
        }).then(async (res) => `${res.status} ${res.status === 200 ? '' : await res.text()}`.trim()),
      ),
    );
    const failed = statuses.filter((s) => s !== '200');
    expect(failed).toEqual([]);
    expect((await fetch(`${a!.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${b!.url}/healthz`)).status).toBe(200);
    expect(exits).toEqual([]);
  }, 90_000);
});
