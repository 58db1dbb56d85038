import { expect, test } from './fixtures';

test('the dashboard loads on the emulator with its shell and no accessibility violations', async ({ page, checkA11y }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/tests$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tests' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New test' }).first()).toBeVisible();
  await expect(page.getByRole('status', { name: 'Emulator: connected' })).toBeVisible();
  await checkA11y();
});

test('the colour scheme toggle switches between light and dark and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/tests');
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light mode' })).toBeVisible();
});

test('an unknown address shows a not-found page with a way back', async ({ page, checkA11y }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to all tests' }).click();
  await expect(page).toHaveURL(/\/tests$/);
  await checkA11y();
});
