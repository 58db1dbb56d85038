import { expect, test } from './fixtures';
import { expectSettled, rowOf, uniquePrefix } from './tests-list-helpers';

test('bulk pause of three selected tests, then bulk delete confirmed with the count', async ({
  page,
  createTest,
  emulator,
  checkA11y,
}) => {
  const prefix = uniquePrefix('Bulk');
  const names = ['one', 'two', 'three'].map((n) => `${prefix} ${n}`);
  const created = [];
  for (const name of names) created.push(await createTest({ name }));
  await page.goto(`/tests?q=${encodeURIComponent(prefix)}`);

  for (const name of names)
    await rowOf(page, name)
      .getByRole('checkbox', { name: `Select ${name}` })
      .check();
  const bar = page.getByRole('group', { name: 'Selection' });
  await expect(bar).toContainText('3 tests selected');
  await checkA11y();
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByText('Paused 3 tests.')).toBeVisible();
  for (const name of names)
    await expect(rowOf(page, name).getByText('Paused', { exact: true })).toBeVisible();
  for (const t of created) expect((await emulator.getTest(t.id))?.status).toBe(2);

  await page.getByRole('checkbox', { name: 'Select all loaded tests' }).check();
  await bar.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 3 tests?' });
  await expect(dialog).toBeVisible();
  await expectSettled(dialog);
  await checkA11y();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted 3 tests.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No matching tests' })).toBeVisible();
  for (const t of created) expect(await emulator.getTest(t.id)).toBeNull();
});
