import { expect, test } from './fixtures';
import { ACTIVE_SENDERS, pageHeader } from './test-detail-helpers';

const SCHEDULE = { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' as const };

test('rename a test and change its schedule in the drawer; both are there after a reload', async ({
  page,
  createTest,
  emulator,
  checkA11y,
}) => {
  const created = await createTest({
    name: `E2E edit ${Date.now()}`,
    type: 2,
    schedule: SCHEDULE,
    emails: ACTIVE_SENDERS,
  });
  await page.goto(`/tests/${created.id}?tab=settings`);
  await expect(page.getByText('Every Monday at 09:00 America/Chicago')).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const drawer = page.getByRole('dialog', { name: 'Edit test' });
  await expect(drawer).toBeVisible();
  await checkA11y();
  const newName = `${created.name} renamed`;
  await drawer.getByRole('textbox', { name: 'Name' }).fill(newName);
  await drawer.getByText('Wed', { exact: true }).click();
  await drawer.getByRole('button', { name: 'Save changes' }).click();

  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: newName })).toBeVisible();
  await expect(page.getByText('Mon, Wed at 09:00 America/Chicago')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: newName })).toBeVisible();
  await expect(page.getByText('Mon, Wed at 09:00 America/Chicago')).toBeVisible();
  expect(await emulator.getTest(created.id)).toMatchObject({
    name: newName,
    schedule: { days: { '1': true, '3': true } },
  });
});

test('pause a test from its page; it stays paused after a reload', async ({ page, createTest, emulator }) => {
  const created = await createTest({
    name: `E2E pause ${Date.now()}`,
    type: 2,
    schedule: SCHEDULE,
    emails: ACTIVE_SENDERS,
  });
  await page.goto(`/tests/${created.id}`);
  await expect(pageHeader(page).getByText('Active', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(pageHeader(page).getByText('Paused', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.reload();
  await expect(pageHeader(page).getByText('Paused', { exact: true })).toBeVisible();
  expect((await emulator.getTest(created.id))?.status).toBe(2);
});
