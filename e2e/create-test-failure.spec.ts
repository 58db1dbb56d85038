import { allowFailedRequests, countRequests, holdRequests } from './fixtures';
import {
  expect,
  fillOneTimeTest,
  stepHeading,
  test,
  testIdFromUrl,
  testsNamed,
  uniqueName,
} from './create-test-helpers';

const TESTS_PATH = '/api/v2/inbox-placement-tests';

test('a failed create keeps every field and says why; trying again creates the test', async ({
  page,
  emulator,
  created,
  checkA11y,
}) => {
  allowFailedRequests();
  const name = uniqueName('E2E failure');
  await page.goto('/tests/new');
  await fillOneTimeTest(page, name);

  await emulator.faults({ errorRate: 1, methods: ['POST'], paths: 'inbox-placement-tests' });
  await page.getByRole('button', { name: 'Create test' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The test was not created' });
  await expect(alert).toContainText('Instantly had a problem (500: Injected fault). Try again.');
  await expect(stepHeading(page, 5, 5, 'Review')).toBeVisible();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await checkA11y();

  await emulator.clearFaults();
  await page.getByRole('button', { name: 'Create test' }).click();
  created.track(await testIdFromUrl(page));
});

test('a double click on "Create test" sends one create and makes one test', async ({ page, created, request }) => {
  const name = uniqueName('E2E double click');
  await page.goto('/tests/new');
  await fillOneTimeTest(page, name);

  const posts = countRequests(page, 'POST', TESTS_PATH);
  // The create is held in the browser until both clicks have landed: a slow server, on any machine.
  const create = await holdRequests(page, 'POST', /^\/api\/v2\/inbox-placement-tests$/);
  await page.getByRole('button', { name: 'Create test' }).dblclick();
  await expect(page.getByRole('button', { name: 'Create test' })).toBeDisabled();
  await create.release();
  const id = await testIdFromUrl(page);
  created.track(id);
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  // Everything the wizard sent left before the test's page replaced it; one more request
  // from the page, seen after them, closes the count.
  expect(await posts.settled()).toBe(1);
  const same = await testsNamed(request, name);
  for (const t of same) if (t.id !== id) created.track(t.id);
  expect(same.map((t) => t.id)).toEqual([id]);
});

test('a create whose answer is lost after Instantly stored it opens that test instead of sending it again', async ({
  page,
  emulator,
  created,
  request,
}) => {
  allowFailedRequests();
  const name = uniqueName('E2E lost answer');
  await page.goto('/tests/new');
  await fillOneTimeTest(page, name);

  const posts = countRequests(page, 'POST', TESTS_PATH);
  await emulator.faults({ errorRate: 1, errorAfterApplying: true, methods: ['POST'], paths: 'inbox-placement-tests' });
  await page.getByRole('button', { name: 'Create test' }).click();
  const id = await testIdFromUrl(page);
  created.track(id);
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByText(/we asked again and found it, so nothing was sent twice/)).toBeVisible();
  expect(await posts.settled()).toBe(1);
  expect((await testsNamed(request, name)).map((t) => t.id)).toEqual([id]);
});
