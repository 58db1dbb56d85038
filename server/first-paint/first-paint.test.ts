import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as entryServer from '../../src/first-paint/entry-server';
import { createApp } from '../app';
import type { Backend } from '../backend';
import { createEmulatorBackend } from '../emulator-backend';
import type { FirstPaintRenderer } from './first-paint-renderer';
import type { FirstPaintEntry } from '../../core/contract/first-paint';
import { createBody } from '../../testing/emulator/test-kit';

// The built index.html's parts the server writes into (index.html at the project root).
const TEMPLATE =
  '<!doctype html><html lang="en"><head><title>app</title></head><body>' +
  '<div id="root"><!--first-paint--><div class="boot">Loading the dashboard…</div></div>' +
  '<script type="module" src="/assets/app-1.js"></script></body></html>';

let backend: Backend | undefined;
afterEach(() => backend?.close());

/**
 * A budget no answer here can miss however busy the machine (FIRST_PAINT_BUDGET_MS): what these
 * tests check is what is drawn, not how fast. The one about a slow backend holds its answer.
 */
const PATIENT_BUDGET_MS = 60_000;

function setup(
  entry: FirstPaintRenderer = entryServer.entryShape as FirstPaintEntry,
  { budgetMs = PATIENT_BUDGET_MS, hold }: { budgetMs?: number; hold?: (request: Request) => Promise<void> | undefined } = {},
) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(dist, 'index.html'), TEMPLATE);
  const emulator = createEmulatorBackend({ dbFile: ':memory:', control: true });
  backend = emulator;
  const held: Backend = {
    ...emulator,
    fetch: async (request) => {
      await hold?.(request);
      return emulator.fetch(request);
    },
  };
  const app = createApp({
    backend: hold ? held : emulator,
    staticDir: dist,
    isLoopback: () => true,
    entryServer: entry,
    firstPaintBudgetMs: budgetMs,
  });
  const call = (path: string, init?: RequestInit) => app.fetch(new Request(`http://127.0.0.1${path}`, init));
  const api = async (path: string, init?: RequestInit) => (await call(`/api/v2${path}`, init)).json();
  return { call, api };
}

function firstPageData(html: string) {
  const match = /<script type="application\/json" id="first-page-data">([\s\S]*?)<\/script>/.exec(html);
  return match ? JSON.parse(match[1]!) : null;
}

describe('the list drawn on the server (ADR 011)', () => {
  it('draws the first page of tests with their Inbox figures, its form controls inert, and hands the same data to the app', async () => {
    const { call, api } = setup();
    const listed = await api('/inbox-placement-tests?limit=25&sort_order=desc');
    const ids: string[] = listed.items.map((t: { id: string }) => t.id);
    const stats = await api('/inbox-placement-analytics/stats-by-test-id', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ test_ids: ids }),
    });

    const res = await call('/tests');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('vary')).toContain('Cookie');
    const html = await res.text();
    expect(html).toContain('<div class="first-paint" aria-disabled="true">');
    for (const t of listed.items as { id: string; name: string }[]) {
      expect(html).toContain(`href="/tests/${t.id}"`);
    }
    // Every control that holds a choice waits for the app (ADR 028): the search box, the two
    // selects and a checkbox per row plus "select all". Links and text do not.
    const controls = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)].map((m) => m[0]);
    expect(controls).toHaveLength(3 + listed.items.length + 1);
    expect(controls.filter((tag) => !/\sinert=""/.test(tag))).toEqual([]);
    expect(html).not.toMatch(/<a\b[^>]*\sinert/);
    // A one-time test's only run is its latest; an automated test's latest run comes from the
    // per-day questions the server asks too (ADR 019), so both are drawn.
    const items = listed.items as { id: string; type: number }[];
    const counts = stats as { test_id: string; count: number }[];
    const oneTime = counts.find((s) => s.count > 0 && items.find((t) => t.id === s.test_id)?.type === 1);
    expect(oneTime).toBeDefined();
    expect(html).toContain(`of <!-- -->${oneTime?.count}<!-- --> received`);

    const data = firstPageData(html);
    type Day = { date: string; testIds: string[]; stats: { test_id: string; count: number }[] };
    const days = (data.runDays as Day[]).toSorted((a, b) => b.date.localeCompare(a.date));
    expect(days.length).toBeGreaterThan(0);
    // An automated test's newest day with results: that run's count is drawn, not the all-time one.
    const automated = items.filter((t) => t.type === 2).map((t) => t.id);
    const latest = automated
      .map((id) => days.flatMap((d) => d.stats).find((s) => s.test_id === id && s.count > 0))
      .find((s) => s && s.count !== counts.find((c) => c.test_id === s.test_id)?.count);
    expect(latest).toBeDefined();
    expect(html).toContain(`of <!-- -->${latest?.count}<!-- --> received`);
    // Each automated test's candidate run starts come along (the browser does not work them out
    // again while taking the page over), one for each day the server asked about that test.
    const starts = data.runStarts as Record<string, number[]>;
    expect(Object.keys(starts).toSorted()).toEqual(automated.toSorted());
    for (const id of automated) {
      const asked = (data.runDays as Day[]).filter((d) => d.testIds.includes(id)).map((d) => d.date);
      const startDays = starts[id]!.map((ms) => new Date(ms).toISOString().slice(0, 10));
      expect(asked.every((date) => startDays.includes(date))).toBe(true);
    }
    expect(data.page.items.map((t: { id: string }) => t.id)).toEqual(ids);
    expect(data.stats).toHaveLength(stats.length);
    expect(data).toMatchObject({ workspace: null, params: { limit: 25, sort_order: 'desc' } });
    // The header says what /api/status says, not "Connecting…": the list just answered.
    const status = await (await call('/api/status')).json();
    expect(data.status).toEqual({ ...status, status: 200 });
    expect(html).toContain('aria-label="Emulator: connected"');
    expect(html).not.toContain('Connecting…');
    // The shell stays behind the drawn page (index.html hides it, or shows it over a guessed scheme).
    expect(html).toContain('<div class="boot">');
    // The first paint waits until the whole drawn page is read: the link in the head names the
    // data that follows the page (ADR 026).
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="expect" href="#first-page-data" blocking="render">');
    expect(html.indexOf('id="first-page-data"')).toBeGreaterThan(html.indexOf('<div class="first-paint" aria-disabled="true">'));
  });

  it('draws the view the address asks for, and leaves name sorts and other screens to the browser', async () => {
    const { call } = setup();
    const paused = firstPageData(await (await call('/tests?status=paused&size=10')).text());
    expect(paused.params).toEqual({ limit: 10, status: 2, sort_order: 'desc' });
    expect(paused.page.items.length).toBeGreaterThan(0);
    expect(paused.page.items.every((t: { status: number }) => t.status === 2)).toBe(true);

    for (const path of ['/', '/tests?sort=name', '/tests/new', '/tests/0199-abc']) {
      const html = await (await call(path)).text();
      expect(html, path).toBe(TEMPLATE);
    }
  });

  it('keeps names as text: no script, no replacement pattern, no broken JSON', async () => {
    const { call, api } = setup();
    const name = `</script><script>alert(1)</script> $& $' <img src=x onerror=alert(2)> \u2028 end`;
    await api('/inbox-placement-tests', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(createBody({ name })),
    });
    const html = await (await call('/tests')).text();
    expect(html.match(/<script/g)).toHaveLength(2); // the app's module and the JSON data
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; $&amp; $&#x27;');
    expect(firstPageData(html).page.items[0].name).toBe(name);
  });

  it('sends the plain shell when the backend fails', async () => {
    const { call } = setup();
    await call('/__emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 1, paths: 'inbox-placement-tests' }),
    });
    const failed = await call('/tests');
    expect(failed.status).toBe(200);
    expect(await failed.text()).toBe(TEMPLATE);
  });

  it('sends the plain shell when the list has not answered within the budget, without waiting for it', async () => {
    // The list's answer is held until the page has gone out: slower than any budget, on any machine.
    let answerList!: () => void;
    const listHeld = new Promise<void>((resolve) => (answerList = resolve));
    let asked = 0;
    const { call } = setup(undefined, {
      budgetMs: 50,
      hold: (request) => {
        if (new URL(request.url).pathname !== '/api/v2/inbox-placement-tests') return undefined;
        asked += 1;
        return listHeld;
      },
    });
    expect(await (await call('/tests')).text()).toBe(TEMPLATE);
    expect(asked).toBe(1);
    answerList();
  });

  it('passes a 429 on: the shell with the Retry-After, and no new request to the API until it has passed', async () => {
    const { call } = setup();
    const faults = (body: unknown) =>
      call('/__emulator/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await faults({ rateLimitRate: 1, retryAfterSeconds: 1, paths: 'inbox-placement-tests' });
    const limited = await (await call('/tests')).text();
    expect(firstPageData(limited)).toEqual({ retryAfterMs: 1000 });
    expect(limited).not.toContain('first-paint"');
    // No page drawn, nothing for the paint to wait for.
    expect(limited).not.toContain('rel="expect"');

    // The API would answer now, but the wait is not over: the server does not ask.
    await call('/__emulator/faults', { method: 'DELETE' });
    const waiting = firstPageData(await (await call('/tests')).text());
    expect(waiting.retryAfterMs).toBeGreaterThan(0);
    expect(waiting.retryAfterMs).toBeLessThanOrEqual(1000);
    await new Promise((done) => setTimeout(done, 1000));
    expect(firstPageData(await (await call('/tests')).text()).page.items).toHaveLength(25);
  });

  it('sends the plain shell when drawing fails (a dead worker, a bug)', async () => {
    const { call } = setup({
      ...entryServer,
      renderFirstPaint: () => Promise.reject(new Error('the first-paint worker exited (1)')),
    });
    const res = await call('/tests');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(TEMPLATE);
  });

  it('draws the list without figures when only the figures fail (the browser asks for them)', async () => {
    const { call } = setup();
    await call('/__emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 1, paths: 'stats-by-test-id' }),
    });
    const html = await (await call('/tests')).text();
    const data = firstPageData(html);
    expect(data.page.items.length).toBe(25);
    expect(data.stats).toBeUndefined();
    expect(html).not.toContain('received');
  });

  it('draws in the scheme the browser used last, and says when it had to guess', async () => {
    const { call } = setup();
    const guessed = await (await call('/tests')).text();
    expect(guessed).toContain('<html lang="en" data-mantine-color-scheme="light" data-scheme-guessed>');
    const dark = await (await call('/tests', { headers: { cookie: 'color-scheme=dark; time-zone=Pacific%2FAuckland' } })).text();
    expect(dark).toContain('<html lang="en" data-mantine-color-scheme="dark">');
    // The header's toggle is drawn for dark too, as the browser will draw it.
    expect(dark).toContain('aria-label="Switch to light mode"');
  });
});
