import { expect, holdScripts, test } from './fixtures';
import { ACTIVE_SENDERS, HOUR } from './test-detail-helpers';
import { appTookOver, rowOf, testsTable, uniquePrefix, waitingControls } from './tests-list-helpers';

// The list is drawn on the server with its first page and Inbox figures (ADR 011).

test('without JavaScript the list is still there: its rows, their figures, and a note on what needs JavaScript', async ({
  browser,
  createTest,
  baseURL,
}) => {
  const prefix = uniquePrefix('Drawn');
  await createTest({ name: `${prefix} weekly check` });
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/tests?q=${encodeURIComponent(prefix)}`);

  await expect(page.getByText(`${prefix} weekly check`)).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  // Its Inbox figure as drawn, not a loading placeholder.
  await expect(page.locator('tbody tr').getByText(/ received$|^No results yet$/)).toBeVisible();
  // (Playwright's text locators skip <noscript>, so read what the page renders.)
  await expect(page.locator('.boot-noscript')).toBeVisible();
  expect(await page.locator('.boot-noscript').innerText()).toBe(
    'This dashboard needs JavaScript to change anything. Turn it on and reload the page.',
  );
  // Nothing in the drawn page works without the app: it says so to assistive technology, and its
  // form controls (search, sort, per page, two checkboxes) cannot be typed into or ticked.
  await expect(page.locator('#root > .first-paint')).toHaveAttribute('aria-disabled', 'true');
  await expect(waitingControls(page)).toHaveCount(5);
  await context.close();
});

test('the app takes the drawn page over: no second request for the list or its figures, and it works', async ({
  page,
  createTest,
  emulator,
  checkA11y,
}) => {
  const prefix = uniquePrefix('Takeover');
  const created = await createTest({ name: `${prefix} Gmail check`, emails: ACTIVE_SENDERS });
  // An automated test's latest run is drawn too: the server asks its run days (ADR 019).
  const weekly = await createTest({
    name: `${prefix} weekly run`,
    type: 2,
    schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
    run_immediately: true,
    emails: ACTIVE_SENDERS,
  });
  await emulator.advanceClock(4 * HOUR);
  const stats = (await (
    await page.request.post('/api/v2/inbox-placement-analytics/stats-by-test-id', {
      data: { test_ids: [created.id, weekly.id] },
    })
  ).json()) as { test_id: string; count: number }[];
  const countOf = (id: string) => stats.find((s) => s.test_id === id)?.count ?? 0;
  expect(countOf(created.id)).toBeGreaterThan(0);
  expect(countOf(weekly.id)).toBeGreaterThan(0);
  // The e2e servers give the drawn page a 10 s budget (FIRST_PAINT_BUDGET_MS, ADR 015), so the
  // emulator's catch-up after the clock moved does not turn it into the shell; the journey still
  // starts only once the server draws the page, which is what it is about.
  const address = `/tests?q=${encodeURIComponent(prefix)}`;
  await expect.poll(async () => (await page.request.get(address)).text()).toContain('<div class="first-paint" aria-disabled="true">');

  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/v2/')) asked.push(`${r.method()} ${path}`);
  });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });

  await page.goto(address);
  const row = rowOf(page, `${prefix} Gmail check`);
  await expect(row.getByText(`of ${countOf(created.id)} received`)).toBeVisible();
  // Its only run so far is its latest: drawn with its date, not a loading placeholder.
  await expect(rowOf(page, `${prefix} weekly run`).getByText(`of ${countOf(weekly.id)} received`)).toBeVisible();
  await appTookOver(page);

  // Taken over, not drawn again: the app answers clicks on the same rows.
  await row.getByRole('checkbox', { name: `Select ${prefix} Gmail check` }).check();
  await expect(page.getByText('1 test selected')).toBeVisible();
  expect(asked).not.toContain('GET /api/v2/inbox-placement-tests');
  expect(asked).not.toContain('POST /api/v2/inbox-placement-analytics/stats-by-test-id');
  expect(warnings.filter((w) => w.includes('drew the server page again'))).toEqual([]);
  await expect(testsTable(page)).toBeVisible();
  await checkA11y(page);
});

test('the toolbar keeps the ids the server drew: each label stays tied to its input through the takeover', async ({ page }) => {
  // Mantine's own ids turn random after mounting, which re-rendered every input inside the
  // takeover and changed the ids under a label a screen reader had already read (ADR 024).
  const drawn = await (await page.request.get('/tests')).text();
  const drawnIds = [...drawn.matchAll(/<(?:input|select)[^>]*\sid="(mantine-[^"]+)"/g)].map((match) => match[1]);
  expect(drawnIds.length).toBeGreaterThanOrEqual(3);

  await page.goto('/tests');
  await appTookOver(page);
  const ids = await page.locator('#root input[id^="mantine-"], #root select[id^="mantine-"]').evaluateAll((controls) => controls.map((c) => c.id));
  expect(ids).toEqual(drawnIds);
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveAttribute('id', drawnIds[1]!);
});

test('before the script arrives the rows are on screen, and the app takes them over when it comes', async ({ page, checkA11y }) => {
  const release = await holdScripts(page);
  await page.goto('/tests', { waitUntil: 'commit' });
  const drawn = page.locator('#root > .first-paint');
  await expect(drawn.locator('tbody tr').first()).toBeVisible();
  // The page says it is not usable yet, and what holds a choice waits for the app (ADR 028):
  // nothing can be typed into the search box or ticked, so nothing is lost.
  await expect(drawn).toHaveAttribute('aria-disabled', 'true');
  const search = page.locator('#root > .first-paint input[type="search"]');
  await expect(search).toHaveAttribute('inert', '');
  await expect(waitingControls(page)).toHaveCount((await drawn.locator('tbody tr').count()) + 4);
  await search.click({ force: true });
  await page.keyboard.type('typed too early');
  await expect(search).toHaveValue('');
  await expect(search).not.toBeFocused();
  // The header already says which backend answered, not "Connecting…".
  await expect(drawn.getByText('Emulator', { exact: true })).toBeVisible();
  await expect(drawn.getByText('Connecting…')).toHaveCount(0);
  // Screen readers hear that the dashboard is loading, and can read the rows meanwhile.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dashboard…' })).toHaveCount(1);
  await expect(testsTable(page).getByRole('row')).not.toHaveCount(0);
  await checkA11y();

  release();
  await expect(drawn).not.toHaveAttribute('aria-disabled');
  await expect(waitingControls(page)).toHaveCount(0);
  await expect(search).not.toHaveAttribute('inert');
  await expect(page.getByText('Loading the dashboard…')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Inbox placement', level: 1 })).toHaveCount(1);
});

test('the drawn page says it can be used only once every control in it can (ADR 028)', async ({ page }) => {
  // Noted the moment the drawn page drops its `aria-disabled`: how many of its controls still wait.
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const record of records) {
        const page = record.target as Element;
        if (page.classList.contains('first-paint') && !page.hasAttribute('aria-disabled')) {
          document.documentElement.dataset.waitingWhenReady = String(page.querySelectorAll('[inert]').length);
        }
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['aria-disabled'] });
  });
  await page.goto('/tests');
  await appTookOver(page);
  await expect(page.locator('html')).toHaveAttribute('data-waiting-when-ready', '0');
  // And they work: typed into at once, the search goes to the address.
  await page.getByRole('searchbox', { name: 'Search tests' }).fill('weekly');
  await expect(page).toHaveURL(/q=weekly/);
});

test('the loader loads the date formats in a worker of its own while the page paints, which then closes (ADR 025)', async ({
  page,
}) => {
  const closed: Promise<string>[] = [];
  page.on('worker', (worker) => closed.push(new Promise((resolve) => worker.on('close', () => resolve(worker.url())))));
  await page.goto('/tests');
  await appTookOver(page);
  // One worker, the loader's own file (no request of its own), and it ends by itself.
  await expect.poll(() => closed.length).toBe(1);
  const url = await closed[0]!;
  const loader = await page.locator('head script[src*="/assets/boot-"]').getAttribute('src');
  expect(new URL(url).pathname).toBe(loader);
  // The app started once (the worker did not run the loader again): one list, dates drawn.
  await expect(page.getByRole('table', { name: 'Inbox placement tests' })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: /^\d{1,2} [A-Z][a-z]{2}/ }).first()).toBeVisible();
});

test("the app's code is asked for once the drawn page is painted, and a load that fails says so", async ({
  page,
  browser,
  baseURL,
}) => {
  // Nothing but the small loader is fetched before the first paint (ADR 023): on a slow
  // connection the app's code would otherwise share the line with what the paint waits for.
  await page.goto('/tests');
  await appTookOver(page);
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.js$/.test(new URL(entry.name).pathname) && !/\/boot-[^/]+\.js$/.test(new URL(entry.name).pathname));
    return { paint: paint?.startTime ?? null, scripts: scripts.map((entry) => entry.startTime) };
  });
  expect(timing.paint).not.toBeNull();
  expect(timing.scripts.length).toBeGreaterThan(3);
  expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint!);
  // Every chunk the loader lists ends up preloaded (it adds their links one task at a time).
  const loader = await page.locator('head script[src*="/assets/boot-"]').getAttribute('src');
  const listed = JSON.parse(/const chunks = (\[[^\]]*\]);/.exec(await (await page.request.get(loader!)).text())?.[1] ?? '[]') as string[];
  expect(listed.length).toBeGreaterThan(3);
  const preloaded = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(preloaded).toEqual(expect.arrayContaining(listed));

  // The app's code cannot be fetched (a connection lost in that moment): the page says so
  // instead of staying an unusable picture of the list.
  const context = await browser.newContext({ baseURL });
  const offline = await context.newPage();
  await offline.route(/\/assets\/(?!boot-)[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await offline.goto('/tests');
  await expect(offline.getByRole('alert')).toHaveText("The dashboard's code did not load. Check the connection, then reload the page.");
  await expect(offline.locator('#root > .first-paint')).toHaveAttribute('aria-disabled', 'true');
  await expect(offline.locator('#root > .first-paint input[type="search"]')).toHaveAttribute('inert', '');
  // On a screen the server does not draw, the shell stops saying it is loading.
  await offline.goto('/tests/new');
  await expect(offline.getByRole('alert')).toHaveText(/did not load/);
  await expect(offline.getByText('Loading the dashboard…')).toBeHidden();
  await context.close();
});

test('a choice made the moment the drawn page stops waiting is kept: the rows and the toolbar are taken over by then', async ({
  page,
}) => {
  // A slow phone (or a busy machine): the takeover's passes are far apart, which is when a
  // page that lifted its wait too early lost the choice (the sort stayed "Newest first").
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto('/tests?size=10', { waitUntil: 'commit' });
  // The moment the drawn page stops waiting (ADR 028).
  await page.waitForFunction(
    () => {
      const drawn = document.querySelector('#root > .first-paint');
      return drawn !== null && !drawn.hasAttribute('aria-disabled');
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('oldest');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a dark page is drawn dark for a browser that was dark last time', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme: 'dark' });
  await context.addCookies([{ name: 'color-scheme', value: 'dark', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto('/tests');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(36, 36, 36)');
  await context.close();
});
