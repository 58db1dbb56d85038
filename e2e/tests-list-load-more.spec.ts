import { expect, test } from './fixtures';
import { testsTable, uniquePrefix } from './tests-list-helpers';

test('Load more walks the cursor pages until the end', async ({ page, createTest, checkA11y }) => {
  const prefix = uniquePrefix('Paged');
  for (let i = 1; i <= 23; i++) await createTest({ name: `${prefix} ${String(i).padStart(2, '0')}` });

  await page.goto(`/tests?q=${encodeURIComponent(prefix)}&size=10`);
  const links = testsTable(page).getByRole('link', { name: new RegExp(prefix) });
  await expect(links).toHaveCount(10);
  await expect(page.getByText('10 tests loaded, more available')).toBeVisible();
  await checkA11y();

  const loadMore = page.getByRole('button', { name: 'Load more' });
  await loadMore.click();
  await expect(links).toHaveCount(20);
  // Keyboard: the button keeps focus while the next page loads.
  await loadMore.focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(23);
  await expect(page.getByText('23 tests loaded')).toBeVisible();
  await expect(loadMore).toHaveCount(0);
  // Newest first: the last page ends with the first one created.
  await expect(links.last()).toHaveText(`${prefix} 01`);
});
