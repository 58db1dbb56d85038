import { expect, test } from './fixtures';
import { appTookOver, rowOf, uniquePrefix } from './tests-list-helpers';

/**
 * Issue 6, "Offline": when the network drops the app says so and keeps its data; a change made
 * meanwhile waits (React Query pauses the mutation) and is sent once when the network returns.
 */
test('offline: the banner shows, rows stay, a pause waits and is sent exactly once on return', async ({
  page,
  context,
  createTest,
  emulator,
  checkA11y,
}) => {
  const name = `${uniquePrefix('Offline')} weekly check`;
  const created = await createTest({
    name,
    type: 2,
    schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
  });
  const patches: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') patches.push(request.url());
  });
  await page.goto(`/tests?q=${encodeURIComponent(name)}`);
  const row = rowOf(page, name);
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  // The rows are on screen before the app's scripts (ADR 011): wait until the app has taken the
  // page over, or going offline now would cut off the scripts themselves.
  await appTookOver(page);

  await context.setOffline(true);
  const banner = page.getByRole('status').filter({ hasText: 'You are offline' });
  await expect(banner).toBeVisible();
  await expect(row).toBeVisible();
  await checkA11y();

  await row.getByRole('button', { name: `Pause ${name}` }).click();
  // Shown at once (optimistic), but nothing leaves the browser while offline.
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Resume ${name}` })).toBeVisible();
  expect(patches).toEqual([]);
  expect((await emulator.getTest(created.id))?.status).toBe(1);

  await context.setOffline(false);
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await emulator.getTest(created.id))?.status).toBe(2);
  expect(patches).toEqual([expect.stringContaining(`/api/v2/inbox-placement-tests/${created.id}`)]);

  await page.reload();
  await expect(row.getByText('Paused', { exact: true })).toBeVisible();
  expect(patches, 'the pause is sent once, not again after the reload').toHaveLength(1);
});
