import { expect, test } from './fixtures';

const AUTOMATED = {
  type: 2 as const,
  description: 'Monday check',
  email_subject: 'Subject to try again',
  email_body: '<p>Hi {{firstName}}, new copy.</p>',
  emails: ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'],
  recipients_labels: [
    { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
    { region: 'North America', sub_region: 'US', type: 'Personal', esp: 'Outlook' },
  ],
  schedule: { days: { '1': true, '3': true }, timing: { from: '09:30' }, timezone: 'America/Chicago' as const },
  automations: [{ when: { condition: "placement_goes_below" as const, condition_value: 70 }, then: { pause: true, pause_sending_campaigns_for: 7 } }],
};

/**
 * Duplicate from the list: the wizard opens filled from the test, says what it copied, and makes
 * exactly one new test with the same content, seeds, schedule and automations on Create.
 */
test('Duplicate from the list → a filled wizard → Create makes one test like the first', async ({ page, request, createTest, checkA11y }) => {
  const source = await createTest({ ...AUTOMATED, name: `Duplicate me ${Date.now()}` });
  await page.goto(`/tests?q=${encodeURIComponent(source.name)}`);
  await page.getByRole('button', { name: `Duplicate ${source.name}` }).click();

  await expect(page).toHaveURL(/\/tests\/new$/);
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(`${source.name} (copy)`);
  await expect(page.getByRole('status', { name: `A copy of “${source.name}”` })).toContainText(
    'the schedule and 1 automation',
  );
  await checkA11y();

  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v2/inbox-placement-tests') posts.push(r.url());
  });
  // Every step is filled in: Next walks to Review without a single error.
  for (let step = 0; step < 6; step += 1) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Step 7 of 7: Review' })).toBeVisible();
  expect(posts).toHaveLength(0);
  await page.getByRole('button', { name: 'Create test' }).click();

  await expect(page.getByRole('heading', { level: 2, name: `${source.name} (copy)` })).toBeVisible();
  expect(posts).toHaveLength(1);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  try {
    const copy = await (await request.get(`/api/v2/inbox-placement-tests/${id}`)).json();
    expect(copy).toMatchObject({
      name: `${source.name} (copy)`,
      description: 'Monday check',
      type: 2,
      email_subject: AUTOMATED.email_subject,
      email_body: AUTOMATED.email_body,
      emails: AUTOMATED.emails,
      recipients_labels: AUTOMATED.recipients_labels,
      schedule: { timing: { from: '09:30' }, timezone: 'America/Chicago' },
      automations: [expect.objectContaining({ when: expect.objectContaining({ condition: 'placement_goes_below', condition_value: 70 }) })],
    });
    expect(copy.schedule.days).toMatchObject({ '1': true, '3': true });
  } finally {
    await request.delete(`/api/v2/inbox-placement-tests/${id}`);
  }
});

test('a one-time test is run again from its page', async ({ page, createTest }) => {
  const source = await createTest({ name: `Run me again ${Date.now()}` });
  await page.goto(`/tests/${source.id}`);
  await page.getByRole('link', { name: 'Run again' }).click();
  await expect(page.getByRole('status', { name: `Running “${source.name}” again` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(`${source.name} (copy)`);
});
