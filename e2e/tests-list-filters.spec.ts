import { expect, test } from './fixtures';
import { rowOf, testsTable, uniquePrefix } from './tests-list-helpers';

test('search and status filter live in the URL: reload and Back restore the view', async ({
  page,
  createTest,
  checkA11y,
}) => {
  const prefix = uniquePrefix('Filters');
  await createTest({ name: `${prefix} Gmail active` });
  await createTest({ name: `${prefix} Gmail paused`, status: 2 });
  await createTest({ name: `${prefix} Outlook paused`, status: 2 });

  await page.goto('/tests');
  await expect(testsTable(page)).toBeVisible();
  await checkA11y();

  await page.getByRole('searchbox', { name: 'Search tests' }).fill(`${prefix} Gmail`);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(testsTable(page).getByRole('link', { name: new RegExp(prefix) })).toHaveCount(2);
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Paused' }).click();
  await expect(page).toHaveURL(/status=paused/);
  await expect(testsTable(page).getByRole('link', { name: new RegExp(prefix) })).toHaveCount(1);
  await expect(rowOf(page, `${prefix} Gmail paused`)).toBeVisible();
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search tests' })).toHaveValue(`${prefix} Gmail`);
  await expect(
    page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Paused' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('oldest');
  await expect(testsTable(page).getByRole('link', { name: new RegExp(prefix) })).toHaveCount(1);
  await expect(rowOf(page, `${prefix} Gmail paused`)).toBeVisible();

  // Back steps through the views: before the sort, then before the status filter.
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('newest');
  await page.goBack();
  await expect(
    page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'All' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(testsTable(page).getByRole('link', { name: new RegExp(prefix) })).toHaveCount(2);
  await checkA11y();
});

test('a search that matches nothing says so, and Clear filters brings the list back', async ({
  page,
  createTest,
  checkA11y,
}) => {
  const prefix = uniquePrefix('Nothing');
  await createTest({ name: `${prefix} only` });
  await page.goto(`/tests?q=${encodeURIComponent(`${prefix} zzz`)}`);
  await expect(page.getByRole('heading', { name: 'No matching tests' })).toBeVisible();
  await checkA11y();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/tests$/);
  await expect(page.getByRole('searchbox', { name: 'Search tests' })).toHaveValue('');
  await expect(testsTable(page)).toBeVisible();
});
