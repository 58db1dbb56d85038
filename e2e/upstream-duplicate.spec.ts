import { expect, test } from './upstream-fixtures';
import { FAKE_URL, TEST_KEY } from './upstream-env';

/**
 * Run again against the real API (a fake Instantly on loopback): the wizard reads the test through
 * the server's forwarding, and Create sends one POST with the copied fields, as with the emulator.
 */
test('Run again reads the test from Instantly and creates exactly one copy there', async ({ page, playwright, fake }) => {
  const instantly = await playwright.request.newContext({
    baseURL: FAKE_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${TEST_KEY}` },
  });
  const body = {
    name: `Upstream run again ${Date.now()}`,
    type: 1,
    sending_method: 1,
    email_subject: 'Check-in, take two',
    email_body: '<p>Hi</p>',
    emails: ['jane.cooper@acme-outbound.com'],
    recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
  };
  const created = await instantly.post('/api/v2/inbox-placement-tests', { data: body });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  await fake.reset();
  let copyId: string | undefined;
  try {
    await page.goto(`/tests/${id}`);
    await page.getByRole('link', { name: 'Run again' }).click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(`${body.name} (copy)`);
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Step 5 of 5: Review' })).toBeVisible();
    await page.getByRole('button', { name: 'Create test' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `${body.name} (copy)` })).toBeVisible();
    copyId = new URL(page.url()).pathname.split('/').pop();

    const posts = (await fake.requests()).filter((r) => r.method === 'POST' && r.url === '/api/v2/inbox-placement-tests');
    expect(posts).toHaveLength(1);
    const stored = (await (await instantly.get(`/api/v2/inbox-placement-tests/${copyId}`)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ ...body, name: `${body.name} (copy)` });
  } finally {
    await instantly.delete(`/api/v2/inbox-placement-tests/${id}`);
    if (copyId) await instantly.delete(`/api/v2/inbox-placement-tests/${copyId}`);
    await instantly.dispose();
  }
});
