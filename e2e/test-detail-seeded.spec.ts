import { expect, test } from './fixtures';
import { section } from './test-detail-helpers';

test('a seeded automated test: results per provider, the sender matrix and the trend over its runs', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/tests?q=Weekly%20Gmail%20check');
  await page.getByRole('link', { name: 'Weekly Gmail check — Acme outbound' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Weekly Gmail check — Acme outbound' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Results for' })).toHaveValue(/^Run of /);

  const placement = section(page, 'Placement by recipient');
  await expect(
    placement
      .getByRole('table', { name: 'Placement by provider' })
      .getByRole('rowheader', { name: 'Google' }),
  ).toBeVisible();
  await placement.getByText('Inbox type', { exact: true }).click();
  const byType = placement.getByRole('table', { name: 'Placement by inbox type' });
  await expect(byType.getByRole('rowheader', { name: 'Professional' })).toBeVisible();
  await expect(byType.getByRole('rowheader', { name: 'Personal' })).toBeVisible();

  const matrix = section(page, 'Senders by provider').getByRole('table', {
    name: 'Senders by recipient provider',
  });
  await expect(matrix.getByRole('rowheader', { name: /jane\.cooper@acme-outbound\.com/ })).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: /mark\.ellis@acme-outbound\.com/ })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: 'Google' })).toBeVisible();

  const trend = section(page, 'Trend over runs');
  await trend.getByRole('button', { name: 'Show the numbers' }).click();
  const runs = trend.getByRole('table', { name: 'Placement per run' }).getByRole('row');
  await expect(runs.first()).toBeVisible();
  // Six seeded weekly runs (a moved emulator clock may have added more), plus the header row.
  expect(await runs.count()).toBeGreaterThanOrEqual(7);
  await expect(section(page, 'Change against the previous period').getByRole('table')).toBeVisible();
  await checkA11y();

  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByText('Every Monday at 09:00 America/Chicago')).toBeVisible();
  await expect(page).toHaveURL(/tab=settings/);
  await checkA11y();
});

test('on a 1280 px laptop every record shows whole: placement and checks without scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/tests?q=Weekly%20Gmail%20check');
  await page.getByRole('link', { name: 'Weekly Gmail check — Acme outbound' }).click();
  const records = section(page, 'Records');
  const table = records.getByRole('table', { name: 'Records' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Sent', 'Sender', 'Seed inbox', 'Placement', 'SPF / DKIM / DMARC']);
  // The seed's provider, region and type sit under its address.
  await expect(table.getByRole('cell', { name: /@.+ · (United States|Germany|France|Italy), (Professional|Personal)$/ }).first()).toBeVisible();
  const region = records.getByRole('region', { name: 'Records table' });
  expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
});
