import { allowFailedRequests } from './fixtures';
import { expect, test } from './upstream-fixtures';
import { FAKE_URL, TEST_KEY } from './upstream-env';

/**
 * Editing against today's Instantly, whose PATCH refuses `description` (the seed document allowed
 * it; ADR 003): the rest is saved and the user is told why the description stayed. The test is
 * made directly at the fake with the workspace's key, and deleted after.
 */
test('a rename with a new description saves the name, keeps the description and says why', async ({ page, playwright, fake }) => {
  const instantly = await playwright.request.newContext({
    baseURL: FAKE_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${TEST_KEY}` },
  });
  const created = await instantly.post('/api/v2/inbox-placement-tests', {
    data: {
      name: `Upstream edit ${Date.now()}`,
      description: 'Set at creation',
      type: 1,
      sending_method: 1,
      email_subject: 'Check-in',
      email_body: 'Hi',
      emails: ['jane.cooper@acme-outbound.com'],
      recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id, name } = (await created.json()) as { id: string; name: string };
  await fake.reset();
  // The refused PATCHes are 400s, which the browser logs.
  allowFailedRequests();

  try {
    await page.goto(`/tests/${id}?tab=settings`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit test' });

    // Only the description changed: nothing can be saved, and the field says why.
    await drawer.getByRole('textbox', { name: 'Description' }).fill('Changed later');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await expect(drawer.getByText('Instantly does not let a test’s description change after it is created.')).toBeVisible();
    await expect(drawer).toBeVisible();

    // With a new name too: the name is saved, the description stays, and the toast says so.
    await drawer.getByRole('textbox', { name: 'Name' }).fill(`${name} renamed`);
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByText(/Saved changes to “.* renamed”\. Instantly does not let a test’s description change/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `${name} renamed` })).toBeVisible();

    const stored = (await (await instantly.get(`/api/v2/inbox-placement-tests/${id}`)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ name: `${name} renamed`, description: 'Set at creation' });
    // Two refused PATCHes (description alone, then with the name) and one that saved the name.
    const patches = (await fake.requests()).filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(3);
  } finally {
    await instantly.delete(`/api/v2/inbox-placement-tests/${id}`);
    await instantly.dispose();
  }
});
