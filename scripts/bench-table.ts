// Benchmark (not a test): the tests table with 10,000 tests loaded.
// Usage: npm run build && npm run bench:table [-- --tests 10000]
// Starts its own server on an in-memory emulator (demo data off), seeds N tests through
// /__emulator/seed, opens /tests?size=100, presses "Load more" until every test is loaded, and
// prints time to first render, per-click render times, DOM node counts and scroll frame times.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './find-browser';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('tests', 10_000);
const PORT = arg('port', 4390);
const PAGE_SIZE = 100;
const base = `http://127.0.0.1:${PORT}`;
const TABLE = 'table[aria-label="Inbox placement tests"]';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    EMULATOR_DB: ':memory:',
    EMULATOR_CONTROL: '1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function waitForServer() {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function control(path: string, body: unknown) {
  const res = await fetch(`${base}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

const tableNodes = (page: Page) =>
  page.evaluate((sel) => document.querySelector(sel)?.querySelectorAll('*').length ?? 0, TABLE);
const renderedRows = (page: Page) =>
  page.evaluate((sel) => document.querySelectorAll(`${sel} tbody tr[data-row-id]`).length, TABLE);
const fmt = new Intl.NumberFormat('en-GB');

/** Scroll to each position, one per animation frame, and summarise the frame durations. */
async function frameTimes(page: Page, positions: number[]) {
  // No named functions inside evaluate: tsx's keepNames helper does not exist in the page.
  const durations = await page.evaluate(async (ys) => {
    const out: number[] = [];
    let last = performance.now();
    for (const y of ys) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      out.push(now - last);
      last = now;
    }
    return out;
  }, positions);
  durations.sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(durations.length * q))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: at(1) };
}

async function main() {
  await waitForServer();
  await control('reset', { seed: false });
  const seeded = await control('seed', { tests: TOTAL });

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // Time from navigation start until the first test row is in the DOM.
  await page.addInitScript((sel) => {
    const w = window as unknown as { __firstRowAt?: number };
    const observer = new MutationObserver(() => {
      if (document.querySelector(`${sel} tbody tr[data-row-id]`)) {
        w.__firstRowAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, TABLE);

  await page.goto(`${base}/tests?size=${PAGE_SIZE}`);
  await page.locator(`${TABLE} tbody tr[data-row-id]`).first().waitFor();
  const firstRender = await page.evaluate(() => (window as unknown as { __firstRowAt: number }).__firstRowAt);
  const nodesAt: Record<number, number> = { [PAGE_SIZE]: await tableNodes(page) };

  const clickTimes: number[] = [];
  const loadAllStart = Date.now();
  for (let loaded = PAGE_SIZE; loaded < TOTAL;) {
    const next = Math.min(TOTAL, loaded + PAGE_SIZE);
    const start = Date.now();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(new RegExp(`^${fmt.format(next)} tests loaded`)).waitFor();
    clickTimes.push(Date.now() - start);
    loaded = next;
    if (loaded > 200) {
      // Past the threshold the virtualizer takes over (its chunk may still be arriving).
      await page.waitForFunction(
        (sel) => document.querySelectorAll(`${sel} tbody tr[data-row-id]`).length < 100,
        TABLE,
      );
    }
    if (loaded === 200 || loaded === 300 || loaded === 1000) nodesAt[loaded] = await tableNodes(page);
    if (loaded % 1000 === 0) console.error(`… ${fmt.format(loaded)} loaded`);
  }
  const loadAllMs = Date.now() - loadAllStart;
  nodesAt[TOTAL] = await tableNodes(page);
  const rowsInDom = await renderedRows(page);

  console.error('… scrolling');
  // Scrolling, two ways: wheel-like steps of 120 px (a few new rows a frame) from the middle,
  // and 40 jumps through the whole table (every row on screen replaced each frame).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const middle = Math.round(height / 2);
  await page.evaluate((y) => window.scrollTo(0, y), middle);
  await page.waitForTimeout(300);
  const wheel = await frameTimes(
    page,
    Array.from({ length: 120 }, (_, i) => middle + (i + 1) * 120),
  );
  const jumps = await frameTimes(
    page,
    Array.from({ length: 40 }, (_, i) => Math.round((height * (i + 1)) / 40)),
  );
  const frames = { wheel, jumps };
  const rowsAtBottom = await renderedRows(page);
  const version = browser.version();
  await browser.close();

  const sorted = [...clickTimes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const last10 = clickTimes.slice(-10);
  const lines = [
    `Tests seeded: ${fmt.format(TOTAL)} (seed took ${String(seeded.ms)} ms); page size ${PAGE_SIZE}`,
    `Time to first render (navigation start → first row in the DOM): ${Math.round(firstRender)} ms`,
    `Load more ×${clickTimes.length}: total ${fmt.format(loadAllMs)} ms; per click median ${median} ms, last 10 mean ${Math.round(last10.reduce((a, b) => a + b, 0) / Math.max(1, last10.length))} ms, max ${Math.max(...clickTimes)} ms`,
    `Table DOM nodes: ${Object.entries(nodesAt)
      .map(([rows, n]) => `${fmt.format(Number(rows))} rows → ${fmt.format(n)}`)
      .join(', ')}`,
    `Rows in the DOM with ${fmt.format(TOTAL)} loaded: ${rowsInDom} at the top, ${rowsAtBottom} at the bottom`,
    `Scroll, wheel-like (120 px steps): frame median ${frames.wheel.median.toFixed(1)} ms, p95 ${frames.wheel.p95.toFixed(1)} ms, max ${frames.wheel.max.toFixed(1)} ms`,
    `Scroll, 40 jumps top → bottom (all rows replaced): frame median ${frames.jumps.median.toFixed(1)} ms, max ${frames.jumps.max.toFixed(1)} ms`,
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, Chromium ${version} (headless)`,
  ];
  console.log(lines.join('\n'));
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => server.kill());
