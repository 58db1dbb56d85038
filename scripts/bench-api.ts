/**
 * Benchmark of the emulator's list endpoint (`npm run bench:api`): 100,000 tests in a temp file
 * store, served over real HTTP on 127.0.0.1 by a child process (so client and server each get
 * a core), GET list with limit=100 per scenario. Prints requests/second and p50/p99 latency;
 * the figures go in docs/benchmarks.md. Loopback only, bounded loops, nothing asserted.
 */
import { serve } from '@hono/node-server';
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkInsertTests } from '../server/emulator/store/bulk-tests';
import { createEmulator } from '../server/emulator/create-emulator';

const TESTS = 100_000;
const REQUESTS = 1_000;
const WARMUP = 200;
const CONCURRENCY = 8;

interface Ready {
  port: number;
  key: string;
  seedMs: number;
  deepIds: string[];
  deepNameIds: string[];
}

/** The server side: build the store, listen on an ephemeral loopback port, report back. */
async function runServer(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  const emulator = createEmulator({ dbFile: join(dir, 'bench.db') });
  const started = performance.now();
  bulkInsertTests(emulator.store, TESTS - emulator.store.placementTests.count(), new Date());
  const seedMs = performance.now() - started;
  const idAtDepth = (order: string, depth: number) =>
    (
      emulator.store.db
        .prepare(`SELECT id FROM placement_tests ORDER BY ${order} LIMIT 1 OFFSET ?`)
        .get(depth) as { id: string }
    ).id;
  const server = serve({ fetch: emulator.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const ready: Ready = {
    port: (server.address() as AddressInfo).port,
    key: emulator.serverKey,
    seedMs,
    deepIds: [50_000, 75_000, 90_000, 99_000].map((d) => idAtDepth('id DESC', d)),
    deepNameIds: [50_000, 90_000].map((d) => idAtDepth('name_lc ASC, id ASC', d)),
  };
  process.send?.(ready);
  process.once('message', () => {
    server.close();
    emulator.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** The client side: start the server process, then measure each scenario. */
async function runClient(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve) => child.once('message', (m) => resolve(m as Ready)));
  const base = `http://127.0.0.1:${ready.port}/api/v2/inbox-placement-tests`;
  const headers = { authorization: `Bearer ${ready.key}` };

  const scenarios: [name: string, query: (i: number) => string][] = [
    ['first page', () => 'limit=100'],
    ['search "gmail" (~1 in 8 names)', () => 'limit=100&search=gmail'],
    [
      'search with one match (trigram lookup)',
      (i) => `limit=100&search=${String((i % TESTS) + 1).padStart(6, '0')}`,
    ],
    ['search "northwind 00" (~1,000 matches, the switch-over)', () => 'limit=100&search=northwind%2000'],
    ['search "gm" (2 letters: index walk)', () => 'limit=100&search=gm'],
    [
      'search "weekly gmail check — acme" (a full name)',
      () => `limit=100&search=${encodeURIComponent('weekly gmail check — acme')}`,
    ],
    ['status=2', () => 'limit=100&status=2'],
    ['status=3 + search "acme"', () => 'limit=100&status=3&search=acme'],
    [
      'deep cursor (50k–99k items in)',
      (i) => `limit=100&starting_after=${ready.deepIds[i % ready.deepIds.length]}`,
    ],
    [
      'sort_column=name, deep cursor',
      (i) =>
        `limit=100&sort_column=name&sort_order=asc&starting_after=${ready.deepNameIds[i % ready.deepNameIds.length]}`,
    ],
  ];

  async function run(query: (i: number) => string, count: number, concurrency: number) {
    const latencies: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const url = `${base}?${query(next++)}`;
          const start = performance.now();
          const res = await fetch(url, { headers });
          const body = await res.text();
          if (res.status !== 200) throw new Error(`${url} → ${res.status} ${body.slice(0, 200)}`);
          latencies.push(performance.now() - start);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return {
      rps: count / ((performance.now() - t0) / 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  }

  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  console.log(`Node ${process.version}, ${availableParallelism()} CPUs (${cpu})`);
  console.log(`${TESTS.toLocaleString('en-US')} tests; bulk insert ${(ready.seedMs / 1000).toFixed(1)} s\n`);
  console.log('| Scenario (GET list, limit=100) | req/s, 1 client | p50 ms | p99 ms | req/s, 8 clients |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, query] of scenarios) {
    await run(query, WARMUP, 1);
    const serial = await run(query, REQUESTS, 1);
    const parallel = await run(query, REQUESTS, CONCURRENCY);
    console.log(
      `| ${name} | ${serial.rps.toFixed(0)} | ${serial.p50.toFixed(2)} | ${serial.p99.toFixed(2)} | ${parallel.rps.toFixed(0)} |`,
    );
  }
  child.send('exit');
}

await (process.argv.includes('--serve') ? runServer() : runClient());
