import { allowFailedRequests, expect, test } from './fixtures';
import { appTookOver, expectSettled, rowOf, testsTable, uniquePrefix } from './tests-list-helpers';

test('delete asks in a dialog naming the test, removes the row, and it stays gone after a reload', async ({
  page,
  createTest,
  checkA11y,
}) => {
  const prefix = uniquePrefix('Delete');
  await createTest({ name: `${prefix} keep` });
  const name = `${prefix} old newsletter`;
  await createTest({ name });
  await page.goto(`/tests?q=${encodeURIComponent(prefix)}`);

  await rowOf(page, name)
    .getByRole('button', { name: `Delete ${name}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(dialog).toBeVisible();
  await expectSettled(dialog);
  await checkA11y();

  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, name)).toHaveCount(0);
  // Focus moves to the next row's Delete, so deleting several in a row needs no mouse.
  await expect(
    rowOf(page, `${prefix} keep`).getByRole('button', { name: `Delete ${prefix} keep` }),
  ).toBeFocused();

  await page.reload();
  await expect(rowOf(page, `${prefix} keep`)).toBeVisible();
  await expect(rowOf(page, name)).toHaveCount(0);
});

test('keyboard: open the dialog, Escape cancels and focus returns; a failed delete keeps the row and says why', async ({
  page,
  createTest,
  emulator,
}) => {
  allowFailedRequests();
  const name = `${uniquePrefix('Delete')} survivor`;
  await createTest({ name });
  await page.goto(`/tests?q=${encodeURIComponent(name)}`);
  const deleteButton = rowOf(page, name).getByRole('button', { name: `Delete ${name}` });

  // Keys go to what has focus: wait until the app has taken the drawn page over (before, Enter on
  // the drawn button does nothing).
  await appTookOver(page);
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await emulator.faults({ errorRate: 1, methods: ['DELETE'] });
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Instantly had a problem (500: Injected fault). Try again.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(testsTable(page)).toBeVisible();
  await expect(rowOf(page, name)).toBeVisible();
});

test('while the dialog is open the page behind it does not scroll; closed with Escape, it scrolls again', async ({
  page,
  createTest,
}) => {
  const name = `${uniquePrefix('Delete')} scroll lock`;
  await createTest({ name });
  await page.setViewportSize({ width: 1280, height: 480 });
  await page.goto('/tests');
  await appTookOver(page);
  const overflow = () => page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);

  await rowOf(page, name).getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(dialog).toBeVisible();
  expect(await overflow()).toBe('hidden');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await overflow()).not.toBe('hidden');
  await page.mouse.move(640, 300);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
