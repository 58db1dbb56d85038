import { allowFailedRequests, expect, holdRequests, test } from './fixtures';
import { appTookOver, expectSettled, rowOf, uniquePrefix } from './tests-list-helpers';

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

  // Keyboard only: focus the Resume button and press Space, once the app has the reloaded page.
  await appTookOver(page);
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

  await emulator.faults({ errorRate: 1, methods: ['PATCH'] });
  // The PATCH waits in the browser until the optimistic badge has been seen, and the list's
  // refetch after it until the rollback has: no time window to catch, and the badge can only go
  // back by the rollback, not because a fresh list said so.
  const patch = await holdRequests(page, 'PATCH', /\/api\/v2\/inbox-placement-tests\//);
  const refetch = await holdRequests(page, 'GET', /\/api\/v2\/inbox-placement-tests\?/);
  await row.getByRole('button', { name: `Pause ${name}` }).click();
  // Optimistic first…
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();
  await patch.release();
  // …then rolled back, while the refetch is still held…
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expect.poll(refetch.count).toBeGreaterThan(0);
  await refetch.release();
  // …with a message once it has settled.
  const toast = page.getByRole('alert').filter({ hasText: `Could not pause “${name}”` });
  await expect(toast).toBeVisible();
  await expect(page.getByText('Instantly had a problem (500: Injected fault). Try again.')).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expectSettled(toast);
  await checkA11y();
  expect((await emulator.getTest(created.id))?.status).toBe(1);
});
