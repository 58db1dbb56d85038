import { allowFailedRequests, expect, test } from './fixtures';
import { expectSettled, rowOf, uniquePrefix } from './tests-list-helpers';

test('pause then resume a test; each status survives a reload', async ({ page, createTest }) => {
  const name = `${uniquePrefix('Status')} Weekly Gmail check`;
  await createTest({ name });
  await page.goto(`/tests?q=${encodeURIComponent(name)}`);
  const row = rowOf(page, name);
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: `Pause ${name}` }).click();
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Resume ${name}` })).toBeVisible();
  await page.reload();
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();

  // Keyboard only: focus the Resume button and press Space.
  await row.getByRole('button', { name: `Resume ${name}` }).focus();
  await page.keyboard.press('Space');
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Pause ${name}` })).toBeFocused();
  await page.reload();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
});

test('a failed PATCH rolls the badge back and names the test and the reason', async ({
  page,
  createTest,
  emulator,
  checkA11y,
}) => {
  allowFailedRequests();
  const name = `${uniquePrefix('Rollback')} Outlook warmup`;
  const created = await createTest({ name });
  await page.goto(`/tests?q=${encodeURIComponent(name)}`);
  const row = rowOf(page, name);
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  await emulator.faults({ errorRate: 1, methods: ['PATCH'], latencyMs: 400 });
  await row.getByRole('button', { name: `Pause ${name}` }).click();
  // Optimistic first…
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();
  // …then rolled back with a message.
  const toast = page.getByRole('alert').filter({ hasText: `Could not pause “${name}”` });
  await expect(toast).toBeVisible();
  await expect(page.getByText('Instantly had a problem (500: Injected fault). Try again.')).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expectSettled(toast);
  await checkA11y();
  expect((await emulator.getTest(created.id))?.status).toBe(1);
});
