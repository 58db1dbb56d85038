import { allowFailedRequests, expect, test } from './fixtures';

test('an unknown id shows "Test not found" with a link back to the list', async ({ page, checkA11y }) => {
  allowFailedRequests();
  await page.goto('/tests/01990000-0000-7000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Test not found' })).toBeVisible();
  await checkA11y();
  await page.getByRole('link', { name: 'Go to all tests' }).click();
  await expect(page).toHaveURL(/\/tests$/);
});

test('a failed first load says why and loads on Retry', async ({ page, createTest, emulator, checkA11y }) => {
  allowFailedRequests();
  const created = await createTest({ name: `E2E retry ${Date.now()}` });
  await emulator.faults({
    // A 402 is not retried, so the error shows at once (a 500 is retried with backoff first).
    paymentRequiredRate: 1,
    methods: ['GET'],
    paths: `/api/v2/inbox-placement-tests/${created.id}`,
  });
  await page.goto(`/tests/${created.id}`);
  await expect(page.getByText('Could not load this test')).toBeVisible();
  await expect(page.getByText(/^This workspace has no Inbox Placement plan/)).toBeVisible();
  await checkA11y();
  await emulator.clearFaults();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 2, name: created.name })).toBeVisible();
});
