// `npm run bench:ui`: Lighthouse 12 (Debian Chromium) on the tests list served by the production
// server on the emulator, mobile and desktop presets, median of 3 runs each, and beside it the
// same Lighthouse on two pages that run no script (bench-floor.ts). Prints a Markdown table for
// docs/benchmarks.md, with each run's score and TBT. Builds first if dist/ or dist-server/ is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from './find-browser';
import { cpuBlockingTime, type TraceEvent } from './cpu-blocking-time';
import { serveFloorPages } from './bench-floor';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_REPORT_DIR=dir keeps each run's full Lighthouse JSON (long tasks, LCP element, requests).
const REPORT_DIR = process.env.BENCH_REPORT_DIR;
if (REPORT_DIR) mkdirSync(REPORT_DIR, { recursive: true });
if (!existsSync('dist/index.html') || !existsSync('dist-server/entry-server.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { ...process.env, PORT: '0', EMULATOR_DB: join(mkdtempSync(join(tmpdir(), 'bench-ui-')), 'db.sqlite') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise<string>((resolve) => {
  let out = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
    if (match) resolve(match[1]!);
  });
});

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

type Metrics = { score: number; fcp: number; lcp: number; tbt: number; cls: number; si: number; cpuTbt: number; machine: number };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(url: string, preset: 'mobile' | 'desktop', label: string): Promise<{ median: Metrics; each: string }> {
  const runs: Metrics[] = [];
  for (let i = 0, failures = 0; i < RUNS; i++) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (REPORT_DIR) writeFileSync(join(REPORT_DIR, `${label}-${i + 1}.json`), JSON.stringify(result!.lhr));
    // Lighthouse sometimes loses the trace (NO_NAVSTART); such a run has no metrics, so run it again.
    const failure = result!.lhr.runtimeError;
    if (failure) {
      if (++failures > 3) throw new Error(`Lighthouse failed ${failures} times: ${failure.code} ${failure.message}`);
      console.error(`run ${i + 1} (${label}) failed with ${failure.code}; running it again`);
      i--;
      continue;
    }
    const audits = result!.lhr.audits;
    runs.push({
      score: result!.lhr.categories.performance!.score ?? 0,
      fcp: audits['first-contentful-paint']!.numericValue!,
      lcp: audits['largest-contentful-paint']!.numericValue!,
      tbt: audits['total-blocking-time']!.numericValue!,
      cls: audits['cumulative-layout-shift']!.numericValue!,
      si: audits['speed-index']!.numericValue!,
      // The same run's trace, by thread CPU time (scripts/cpu-blocking-time.ts): what the page
      // costs, without what busy neighbours add to each task's wall time.
      cpuTbt:
        cpuBlockingTime((result!.artifacts.Trace as { traceEvents: TraceEvent[] }).traceEvents, {
          slowdown: preset === 'desktop' ? 1 : 4,
        }) ?? Number.NaN,
      // Lighthouse's own reading of how fast this machine runs JavaScript at the start of the run
      // (higher is faster). The same build's TBT moves with it from one day to the next.
      machine: result!.lhr.environment.benchmarkIndex,
    });
  }
  const pick = (k: keyof Metrics) => median(runs.map((r) => r[k]));
  return {
    median: { score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), si: pick('si'), cpuTbt: pick('cpuTbt'), machine: pick('machine') },
    each: runs.map((r) => `${r.score.toFixed(2)}/${r.tbt.toFixed(0)}`).join(' · '),
  };
}

// Measured once the server draws the list: a run that got the plain shell measures something else.
for (let tries = 0; !(await (await fetch(`${base}/tests`)).text()).includes('class="first-paint"'); tries++) {
  if (tries === 50) throw new Error(`${base}/tests is not drawn on the server (is dist-server/ built?)`);
  await new Promise((done) => setTimeout(done, 200));
}

// The app on both presets, then, on mobile, two pages that run no script at all (bench-floor.ts):
// what Lighthouse reports for them is this machine's floor, not anything a page's code does.
const floor = await serveFloorPages(base);
try {
  const rows: string[] = [];
  const pages = [
    { label: 'mobile', url: `${base}/tests`, preset: 'mobile' },
    { label: 'desktop', url: `${base}/tests`, preset: 'desktop' },
    { label: 'mobile, the list without its scripts', url: floor.list, preset: 'mobile' },
    { label: 'mobile, a page of two lines', url: floor.twoLines, preset: 'mobile' },
  ] as const;
  for (const { label, url, preset } of pages) {
    const { median: m, each } = await measure(url, preset, label.replace(/\W+/g, '-'));
    rows.push(
      `| ${label} | ${m.score.toFixed(2)} | ${(m.fcp / 1000).toFixed(2)} s | ${(m.lcp / 1000).toFixed(2)} s | ${m.tbt.toFixed(0)} ms | ${m.cpuTbt.toFixed(0)} ms | ${m.cls.toFixed(3)} | ${(m.si / 1000).toFixed(2)} s | ${m.machine.toFixed(0)} | ${each} |`,
    );
  }
  console.log(`Lighthouse 12.2.3, /tests on the emulator, median of ${RUNS} runs`);
  console.log('| page | score | FCP | LCP | TBT | TBT by CPU time | CLS | Speed Index | benchmark index | each run (score/TBT) |\n|---|---|---|---|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
} finally {
  await floor.close();
  await chrome.kill();
  server.kill();
}
