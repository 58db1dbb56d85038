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
