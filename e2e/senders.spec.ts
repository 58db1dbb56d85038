import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The results store follows the emulator through a sync (ADR 020). The fixture has just reset the
 * emulator, so bring the store up to date first, as "Bring up to date" would.
 */
async function syncResults(request: APIRequestContext) {
  expect((await request.post('/api/results/sync')).status()).toBe(202);
  await expect
    .poll(async () => ((await (await request.get('/api/results/sync')).json()) as { workspaces: { state: string }[] }).workspaces[0]?.state, { timeout: 60_000 })
    .toBe('idle');
}

test('open Senders, keep those under 80 % at Microsoft, open the worst sender', async ({ page, request, checkA11y }) => {
  await syncResults(request);
  await page.goto('/tests');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Senders' }).click();
  await expect(page).toHaveURL(/\/senders$/);
  await expect(page.getByRole('heading', { name: 'Senders', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Senders' })).toBeVisible();
  // Off the link just clicked: axe judges the page, not the pointer's hover colours.
  await page.mouse.move(0, 0);
  await checkA11y();

  await page.getByRole('combobox', { name: 'Seed provider' }).selectOption({ label: 'Microsoft' });
  await page.getByRole('textbox', { name: 'Landed below (%)' }).fill('80');
  await expect(page).toHaveURL(/provider=2/);
  await expect(page).toHaveURL(/below=80/);
  const table = page.getByRole('table', { name: 'Senders' });
  await expect(table.getByRole('rowheader').first()).toHaveText('alex@northwind-mail.co');
  await expect(table.getByRole('rowheader', { name: 'mark.ellis@acme-outbound.com' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: /Landed at Microsoft/ })).toHaveAttribute('aria-sort', 'ascending');

  await table.getByRole('link', { name: 'alex@northwind-mail.co' }).click();
  await expect(page.getByRole('heading', { name: 'alex@northwind-mail.co', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tests it is in' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Placement per provider over time' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Its records across tests' })).toBeVisible();
  await checkA11y();

  // Back restores the filtered list from the URL.
  await page.goBack();
  await expect(page).toHaveURL(/provider=2&below=80/);
  await expect(page.getByRole('table', { name: 'Senders' }).getByRole('rowheader').first()).toHaveText('alex@northwind-mail.co');
});

test('Domains shows the failing domain with its DMARC and blacklist listings, and axe finds nothing', async ({ page, request, checkA11y }) => {
  await syncResults(request);
  await page.goto('/domains');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'northwind-mail.co' }) });
  await expect(row.getByText('5 major')).toBeVisible();
  await checkA11y();
  await row.getByRole('link', { name: 'northwind-mail.co' }).click();
  await expect(page).toHaveURL(/\/senders\?domain=northwind-mail\.co/);
  await expect(page.getByRole('table', { name: 'Senders' }).getByRole('rowheader')).toHaveCount(3);
});

/** What the emulator itself counts for one sender over these dates, across every test. */
async function emulatorFigures(request: APIRequestContext, sender: string, from: string, to: string) {
  const tests = ((await (await request.get('/api/v2/inbox-placement-tests?limit=100')).json()) as { items: { id: string }[] }).items;
  let sent = 0;
  let received = 0;
  let landed = 0;
  let withEmails = 0;
  for (const t of tests) {
    const res = await request.post('/api/v2/inbox-placement-analytics/stats-by-date', { data: { test_id: t.id, sender_email: sender } });
    expect(res.ok(), await res.text()).toBe(true);
    const days = ((await res.json()) as { timestamp_created_date: string; sent_count: number; received_count: number; inbox_count: number; category_count: number }[]).filter(
      (d) => d.timestamp_created_date.slice(0, 10) >= from && d.timestamp_created_date.slice(0, 10) <= to,
    );
    const testSent = days.reduce((n, d) => n + d.sent_count, 0);
    sent += testSent;
    received += days.reduce((n, d) => n + d.received_count, 0);
    landed += days.reduce((n, d) => n + d.inbox_count + d.category_count, 0);
    if (testSent > 0) withEmails += 1;
  }
  return { sent, tests: withEmails, landedPercent: Math.round((100 * landed) / received) };
}

test('a new run of a sender moves its figures once the store is brought up to date', async ({ page, request, createTest, emulator }) => {
  const sender = 'mark.ellis@acme-outbound.com';
  await syncResults(request);
  const { window } = (await (await request.get(`/api/results/senders/${encodeURIComponent(sender)}`)).json()) as { window: { from: string; to: string } };
  const before = await emulatorFigures(request, sender, window.from, window.to);
  const figure = (label: string) => page.getByRole('group', { name: label });
  await page.goto(`/senders/${encodeURIComponent(sender)}`);
  await expect(figure('Emails')).toHaveText(`Emails${before.sent.toLocaleString('en-US')}`);
  await expect(figure('Tests')).toHaveText(`Tests${before.tests}`);

  // A new one-time test from this sender runs at once; three hours on, every email has arrived.
  const created = await createTest({ name: `E2E new run ${Date.now()}`, emails: [sender] });
  await emulator.advanceClock(3 * 60 * 60_000);
  const after = await emulatorFigures(request, sender, window.from, window.to);
  // US Google work seeds: six emails, one test more.
  expect(after.sent - before.sent).toBeGreaterThanOrEqual(6);
  expect(after.tests).toBe(before.tests + 1);

  // The page still shows the store as last read, until it is brought up to date.
  await page.reload();
  await expect(figure('Emails')).toHaveText(`Emails${before.sent.toLocaleString('en-US')}`);
  await page.goto('/senders');
  // Once the server has taken the request, the sync is under way and the status says so.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/results/sync')),
    page.getByRole('button', { name: 'Bring up to date' }).click(),
  ]);
  await expect
    .poll(async () => ((await (await request.get('/api/results/sync')).json()) as { workspaces: { state: string }[] }).workspaces[0]?.state, { timeout: 60_000 })
    .toBe('idle');
  await page.getByRole('table', { name: 'Senders' }).getByRole('link', { name: sender }).click();
  await expect(figure('Emails')).toHaveText(`Emails${after.sent.toLocaleString('en-US')}`);
  await expect(figure('Tests')).toHaveText(`Tests${after.tests}`);
  await expect(figure('Landed')).toHaveText(`Landed${after.landedPercent}%`);
  await expect(page.getByRole('table', { name: 'Tests it is in' }).getByRole('rowheader', { name: created.name })).toBeVisible();
});

test('a sender’s figure for one provider in one test opens that test’s records of this sender at that provider', async ({ page, request, checkA11y }) => {
  const sender = 'jane@getacme.io';
  await syncResults(request);
  await page.goto(`/senders/${encodeURIComponent(sender)}?window=90d`);
  await expect(page.getByRole('heading', { name: 'Placement per provider over time', level: 3 })).toBeVisible();
  // The chart is drawn (its own chunk), beside the table of the same numbers.
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  await checkA11y();

  const tests = page.getByRole('table', { name: 'Tests it is in' });
  const first = tests.getByRole('row').nth(1);
  const name = (await first.getByRole('rowheader').textContent()) ?? '';
  await first.getByRole('link', { name: new RegExp(`landed at Microsoft in ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();

  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/window=all&sender=jane%40getacme\.io&esp=2#records$/);
  const records = page.getByRole('table', { name: 'Records' });
  await expect(records.getByRole('row').nth(1)).toBeVisible();
  const rows = records.getByRole('row');
  const count = await rows.count();
  for (let i = 1; i < count; i++) {
    await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText(sender);
    await expect(rows.nth(i).getByRole('cell').nth(2)).toContainText('Microsoft ·');
  }
});
