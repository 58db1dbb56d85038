import type { PlacementTest } from '../core/contract/placement-tests';
import {
  expect,
  fillContent,
  next,
  stepHeading,
  test,
  testIdFromUrl,
  uniqueName,
} from './create-test-helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a one-time test sent from outside Instantly shows its test code and seed addresses once created', async ({
  page,
  checkA11y,
  created,
  request,
}) => {
  const name = uniqueName('E2E outside');
  const code = `e2e-${Math.random().toString(36).slice(2, 10)}`;
  await page.goto('/tests/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await next(page);

  await page.getByRole('radio', { name: 'From outside Instantly' }).check();
  await expect(page.getByRole('combobox', { name: 'Sender accounts' })).toBeHidden();
  await page.getByRole('textbox', { name: 'Test code' }).fill('not valid!');
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Must be ptid_ followed by 1–45 letters');
  await page.getByRole('textbox', { name: 'Test code' }).fill(code);
  await checkA11y();
  await next(page);

  await expect(stepHeading(page, 3, 5, 'Content')).toBeVisible();
  await fillContent(page, 'Outside send check');
  await next(page);
  await page.getByRole('checkbox', { name: 'Select all in Germany' }).check();
  await next(page);

  await expect(stepHeading(page, 5, 5, 'Review')).toBeVisible();
  await expect(page.getByRole('cell', { name: `ptid_${code}` })).toBeVisible();
  await page.getByRole('button', { name: 'Create test' }).click();

  await expect(page.getByRole('heading', { name: 'Test created', level: 2 })).toBeVisible();
  await expect(page.getByText(`ptid_${code}`, { exact: true })).toBeVisible();
  const link = page.getByRole('link', { name: 'Open test' });
  const id = (await link.getAttribute('href'))?.split('/').pop() ?? '';
  created.track(id);

  const stored = (await (await request.get(`/api/v2/inbox-placement-tests/${id}`)).json()) as PlacementTest;
  expect(stored).toMatchObject({ name, type: 1, sending_method: 2, emails: [], test_code: `ptid_${code}` });
  expect(stored.recipients.length).toBeGreaterThan(0);
  const rows = page.getByRole('table', { name: /Seed addresses/ }).getByRole('row');
  await expect(rows).toHaveCount(stored.recipients.length);
  for (const address of stored.recipients) {
    await expect(page.getByRole('button', { name: `Copy ${address}` })).toBeVisible();
  }
  await checkA11y();

  await page.getByRole('button', { name: 'Copy test code' }).click();
  await expect(page.getByRole('button', { name: 'Copied test code' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`ptid_${code}`);

  await link.click();
  expect(await testIdFromUrl(page)).toBe(id);
});
