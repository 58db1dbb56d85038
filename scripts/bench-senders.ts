/**
 * Benchmark of the results store behind the Senders page (`npm run bench:senders`, issue 18,
 * ADR 020). An emulator in a temp file is filled with 200 tests over the last 55 days, 5 senders
 * each out of 500 (50 domains), 12 seed inboxes, 5 runs: 60,000 analytics records. Then:
 * (a) a cold sync through the real sync code (`createResultsService` → `Backend.fetch`) paced
 *     at Instantly's documented limit, every request's arrival counted at the emulator, the
 *     busiest 1 s and 60 s windows reported; and the same at the sync's own pace (SYNC_RATE);
 * (b) an incremental sync after one new run of 10 tests;
 * (c) `GET /api/results/senders?window=30d` from the production server over loopback, p50/p95;
 * (d) the Senders page in Chromium: navigation start → every row of the table in the page.
 * Bounded loops, loopback only, nothing asserted; the figures go in docs/benchmarks.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { PlacementTest, RecipientLabel } from '../core/contract/placement-tests';
import { INSTANTLY_TIMEZONES } from '../core/contract/timezones';
import { forwardableHeaders, type Backend } from '../server/backend';
import { createEmulator, type Emulator } from '../server/emulator/create-emulator';
import { demoAccount } from '../server/emulator/demo/seed-documents';
import { ESP_OPTIONS } from '../server/emulator/esp-options';
import { seededRandom } from '../server/emulator/random';
import { recordRun } from '../server/emulator/runs/record-run';
import { buildPlacementTest } from '../server/emulator/store/placement-test-factory';
import { uuidv7At } from '../server/emulator/store/uuidv7';
import { createResultsService } from '../server/results/results-service';
import { SYNC_RATE } from '../server/results/workspace-api';
import { findChromium } from './find-browser';

const TESTS = 200;
const SENDERS = 500;
const DOMAINS = 50;
const SENDERS_PER_TEST = 5;
const RUNS_PER_TEST = 5;
const NEW_RUN_TESTS = 10;
const PAGE_REQUESTS = 50;
const PAGE_WARMUP = 5;
const RENDERS = Number(process.env.BENCH_RENDERS ?? 5);
/** Instantly's documented limit per workspace (docs/api/reference.md), with the sync's margin. */
const INSTANTLY_LIMIT = { perSecond: 100, perMinute: 6000, marginMs: SYNC_RATE.marginMs };
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const fmt = (n: number) => n.toLocaleString('en-US');

/** 500 active senders, 200 automated tests that never run by themselves, 5 past runs each. */
function fill(emulator: Emulator, t0: Date): { tests: PlacementTest[]; records: number } {
  const { store } = emulator;
  const random = seededRandom(18);
  const senders = Array.from({ length: SENDERS }, (_, i) => `sender${String(i + 1).padStart(3, '0')}@bench-${String((i % DOMAINS) + 1).padStart(2, '0')}.example`);
  // Two of the four US seed groups per test, 6 inboxes each: Google and Microsoft, work and personal.
  const us = ESP_OPTIONS.filter((o) => o.sub_region === 'US') as RecipientLabel[];
  const pairs = [[0, 2], [1, 3], [0, 3], [1, 2]] as const;
  const tests: PlacementTest[] = [];
  store.transaction(() => {
    senders.forEach((email, i) =>
      store.pickers.insertAccount(demoAccount({ email, first: 'Bench', last: String(i + 1), status: 1, provider: i % 3 === 0 ? 2 : 1 }, new Date(t0.getTime() - 200 * DAY_MS), store.organizationId)),
    );
    for (let i = 0; i < TESTS; i++) {
      const created = new Date(t0.getTime() - (60 * DAY_MS * (TESTS - i)) / TESTS);
      const pair = pairs[i % pairs.length]!;
      const test = buildPlacementTest(
        {
          name: `Bench placement ${String(i + 1).padStart(3, '0')}`,
          type: 2,
          sending_method: 1,
          email_subject: 'Quick question about {{companyName}}',
          email_body: 'Hi {{firstName}}, worth a quick chat next week?',
          // Each sender is in two tests: i·5 … i·5+4 modulo 500.
          emails: Array.from({ length: SENDERS_PER_TEST }, (_, s) => senders[(i * SENDERS_PER_TEST + s) % SENDERS]!),
          delivery_mode: 1,
          schedule: { days: { '1': true, '3': true }, timing: { from: '09:00' }, timezone: INSTANTLY_TIMEZONES[0]! },
          recipients_labels: [us[pair[0]]!, us[pair[1]]!],
          status: i % 5 === 4 ? 2 : 1,
        },
        { id: uuidv7At(created.getTime(), random), organizationId: store.organizationId, now: t0, random },
      );
      test.timestamp_created = created.toISOString();
      tests.push(test);
    }
    // Not simulated: the scheduler never runs them; the runs below and in (b) are the only ones.
    store.placementTests.insertMany(tests, false);
    tests.forEach((test, i) => {
      for (let k = 0; k < RUNS_PER_TEST; k++) {
        const runAt = new Date(t0.getTime() - (1 + k * 11 + (i % 11)) * DAY_MS - (i % 7) * HOUR_MS);
        recordRun(store, test, runAt, { seed: i * 100 + k, now: t0, history: true });
      }
    });
  });
  const records = (store.db.prepare('SELECT count(*) AS n FROM analytics').get() as { n: number }).n;
  return { tests, records };
}

/** The emulator behind `Backend.fetch`, as the server's own emulator backend, noting when each request arrives. */
function countingBackend(emulator: Emulator) {
  const arrivals: number[] = [];
  const backend: Backend = {
    kind: 'emulator',
    label: 'Emulator',
    async fetch(request) {
      arrivals.push(performance.now());
      const body = request.method === 'GET' ? undefined : await request.arrayBuffer();
      return emulator.app.fetch(new Request(request.url, { method: request.method, headers: forwardableHeaders(request.headers, emulator.serverKey), body }));
    },
    ping: async () => ({ ok: true }),
    close: () => undefined,
  };
  return { backend, arrivals };
}

/** The most requests that arrived within any 1 s and any 60 s (sliding windows). */
function busiest(arrivals: number[]) {
  const most = (span: number) => {
    let best = 0;
    for (let i = 0, j = 0; j < arrivals.length; j++) {
      while (arrivals[j]! - arrivals[i]! >= span) i++;
      best = Math.max(best, j - i + 1);
    }
    return best;
  };
  return { perSecond: most(1000), perMinute: most(60_000) };
}

async function timedSync(backend: Backend, file: string, rate: typeof INSTANTLY_LIMIT) {
  const service = createResultsService({ backend, file, rate });
  const started = performance.now();
  const [outcome] = await service.sync();
  const ms = performance.now() - started;
  const error = service.status()[0]?.error;
  await service.close();
  if (!outcome) throw new Error(`sync failed: ${error ?? 'no outcome'}`);
  return { ...outcome, ms };
}

function startServer(env: Record<string, string>): Promise<{ base: string; stop: () => void }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve({ base: match[1]!, stop: () => server.kill() });
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'bench-senders-'));
const emulatorDb = join(dir, 'emulator.sqlite');
const resultsDb = join(dir, 'results.sqlite');
try {
  if (!existsSync('dist/index.html') || !existsSync('dist-server/entry-server.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  console.log(`Node ${process.version}, ${availableParallelism()} CPUs (${cpu}), ${new Date().toISOString().slice(0, 10)}\n`);

  // The emulator's clock stands still at t0: nothing arrives or runs by itself while we measure.
  const t0 = new Date();
  const emulator = createEmulator({ dbFile: emulatorDb, seed: false, tickMs: 0, now: () => t0 });
  const fillStarted = performance.now();
  const { tests, records } = fill(emulator, t0);
  console.log(`Filled: ${TESTS} tests, ${SENDERS} senders, ${fmt(records)} records in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s\n`);
  const { backend, arrivals } = countingBackend(emulator);

  // (a) Cold syncs: at the sync's own pace into a scratch store, then at Instantly's limit into the kept one.
  const rows: string[] = [];
  for (const [label, rate, file] of [
    [`cold, at the sync's pace (${SYNC_RATE.perSecond}/s, ${fmt(SYNC_RATE.perMinute)}/min)`, SYNC_RATE, join(dir, 'scratch.sqlite')],
    [`cold, at Instantly's limit (${INSTANTLY_LIMIT.perSecond}/s, ${fmt(INSTANTLY_LIMIT.perMinute)}/min)`, INSTANTLY_LIMIT, resultsDb],
  ] as const) {
    arrivals.length = 0;
    const out = await timedSync(backend, file, rate);
    const peak = busiest(arrivals);
    rows.push(`| ${label} | ${fmt(out.calls)} | ${fmt(out.daysRead)} | ${fmt(out.recordsRead)} | ${(out.ms / 1000).toFixed(1)} s | ${peak.perSecond} | ${fmt(peak.perMinute)} |`);
  }

  // (b) One new run of 10 active tests, three hours back so every email has arrived by t0.
  const runAt = new Date(t0.getTime() - 3 * HOUR_MS - 10 * 60_000);
  tests.filter((t) => t.status === 1).slice(0, NEW_RUN_TESTS).forEach((test, i) => recordRun(emulator.store, test, runAt, { seed: 90_000 + i, now: t0, history: true }));
  arrivals.length = 0;
  const incremental = await timedSync(backend, resultsDb, INSTANTLY_LIMIT);
  const incrementalPeak = busiest(arrivals);
  rows.push(`| incremental, after one new run of ${NEW_RUN_TESTS} tests | ${fmt(incremental.calls)} | ${fmt(incremental.daysRead)} | ${fmt(incremental.recordsRead)} | ${(incremental.ms / 1000).toFixed(2)} s | ${incrementalPeak.perSecond} | ${fmt(incrementalPeak.perMinute)} |`);
  arrivals.length = 0;
  const nothing = await timedSync(backend, resultsDb, INSTANTLY_LIMIT);
  rows.push(`| incremental, nothing new | ${fmt(nothing.calls)} | ${fmt(nothing.daysRead)} | ${fmt(nothing.recordsRead)} | ${(nothing.ms / 1000).toFixed(2)} s | ${busiest(arrivals).perSecond} | ${fmt(busiest(arrivals).perMinute)} |`);
  emulator.close();
  console.log('| Sync | Calls | Days read | Records read | Time | Busiest 1 s at the emulator | Busiest 60 s |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  console.log(rows.join('\n'));

  // (c) and (d): the production server on the same files, its store synced a moment ago.
  const server = await startServer({ EMULATOR_DB: emulatorDb, RESULTS_DB: resultsDb });
  try {
    const url = `${server.base}/api/results/senders?window=30d`;
    const latencies: number[] = [];
    let senders = 0;
    let bytes = 0;
    let first = 0;
    for (let i = 0; i < PAGE_WARMUP + PAGE_REQUESTS; i++) {
      const started = performance.now();
      const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${url} → ${res.status} ${body.slice(0, 200)}`);
      if (i === 0) first = performance.now() - started;
      if (i >= PAGE_WARMUP) latencies.push(performance.now() - started);
      senders = (JSON.parse(body) as { rows: unknown[] }).rows.length;
      bytes = body.length;
    }
    latencies.sort((a, b) => a - b);
    console.log(`\nGET /api/results/senders?window=30d: ${senders} senders, ${fmt(Math.round(bytes / 1024))} KB of JSON; the first after the sync ${first.toFixed(0)} ms; then ${PAGE_REQUESTS} requests one after another: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);

    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    try {
      const firstRow: number[] = [];
      const allRows: number[] = [];
      const answered: number[] = [];
      for (let i = 0; i < RENDERS; i++) {
        // A new context each time: a first visit, nothing cached.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.base}/senders?window=30d`, { waitUntil: 'commit' });
        await page.getByRole('table').locator('tbody tr').first().waitFor({ state: 'visible' });
        firstRow.push(await page.evaluate(() => performance.now()));
        await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length >= n, senders, { polling: 'raf' });
        allRows.push(await page.evaluate(() => performance.now()));
        // When the rows' answer had arrived: before it, loading; after it, drawing 500 rows.
        answered.push(await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes('/api/results/senders?'))?.responseEnd ?? NaN));
        await context.close();
      }
      console.log(`Senders page, Chromium 1440 px, ${senders} rows, median of ${RENDERS} first visits: first row visible ${median(firstRow).toFixed(0)} ms, all rows in the page ${median(allRows).toFixed(0)} ms after navigation start, the rows' answer in hand at ${median(answered).toFixed(0)} ms (each: ${allRows.map((t) => t.toFixed(0)).join(', ')} ms)`);
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
