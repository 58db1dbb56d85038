import {
  expect,
  fillContent,
  next,
  pick,
  stepHeading,
  test,
  testIdFromUrl,
  uniqueName,
} from './create-test-helpers';

test('a reload mid-wizard asks first, then continues from the saved draft to a created test', async ({
  page,
  created,
  checkA11y,
}) => {
  const name = uniqueName('E2E draft');
  await page.goto('/tests/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: 'Automated' }).check();
  await next(page);
  await pick(page, 'Sender accounts', [/^jane\.cooper@acme-outbound\.com/]);
  await next(page);
  await fillContent(page, 'Saved before the reload');
  await expect(page.getByText(/^Draft saved at/)).toBeVisible();

  const prompted = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    });
  });
  await page.reload();
  expect(await prompted).toBe('beforeunload');

  await expect(page.getByRole('status').filter({ hasText: 'Draft restored' })).toBeVisible();
  await expect(stepHeading(page, 3, 7, 'Content')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Saved before the reload');
  await checkA11y();
  await next(page);

  await page.getByRole('checkbox', { name: 'Select all in Italy' }).check();
  await next(page);
  await page.getByRole('checkbox', { name: 'Friday' }).press('Space');
  await next(page);
  await next(page);
  await expect(stepHeading(page, 7, 7, 'Review')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'jane.cooper@acme-outbound.com' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Saved before the reload' })).toBeVisible();
  await page.getByRole('button', { name: 'Create test' }).click();
  created.track(await testIdFromUrl(page));
  expect(await page.evaluate(() => localStorage.getItem('placement-test-draft:v1'))).toBeNull();

  // Nothing left to lose: a new wizard starts empty and leaves without asking.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New test' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await expect(page.getByText('Draft restored')).toBeHidden();
});

test('leaving with a draft asks first; "Discard draft" starts over', async ({ page }) => {
  await page.goto('/tests');
  await page.getByRole('main').getByRole('link', { name: 'New test' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Half-made test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tests' }).click();

  const dialog = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(dialog).toContainText('Your draft is saved; leave anyway?');
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(/\/tests\/new$/);
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half-made test');

  // Back goes to the list (in-app history): asked too.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/tests\/new$/);
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/\/tests$/);

  await page.goto('/tests/new');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half-made test');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tests' }).click();
  await expect(page).toHaveURL(/\/tests$/);
});
