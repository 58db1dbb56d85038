import type { PlacementTest } from '../core/contract/placement-tests';
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

test('create an automated test from the list, find it there, and check what the API stored', async ({
  page,
  checkA11y,
  created,
  request,
}) => {
  const name = uniqueName('E2E automated');
  await page.goto('/tests');
  await page.getByRole('main').getByRole('link', { name: 'New test' }).click();

  await expect(stepHeading(page, 1, 5, 'Basics')).toBeVisible();
  await checkA11y();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: 'Automated' }).check();
  await expect(stepHeading(page, 1, 7, 'Basics')).toBeVisible();
  await next(page);

  await expect(stepHeading(page, 2, 7, 'Sending')).toBeVisible();
  await checkA11y();
  // The account list shows each account's status, paused ones included (Instantly drops them).
  await page.getByRole('combobox', { name: 'Sender accounts' }).click();
  await expect(page.getByRole('option', { name: 'priya@getacme.io Priya Natarajan Paused' })).toBeVisible();
  await page.keyboard.press('Escape');
  await pick(page, 'Sender accounts', [
    /^jane\.cooper@acme-outbound\.com/,
    /^mark\.ellis@acme-outbound\.com/,
  ]);
  await page.getByRole('radio', { name: 'All together' }).check();
  await next(page);

  await expect(stepHeading(page, 3, 7, 'Content')).toBeVisible();
  await fillContent(page);
  await checkA11y();
  await next(page);

  await expect(stepHeading(page, 4, 7, 'Recipients')).toBeVisible();
  await checkA11y();
  const us = page.getByRole('group', { name: 'United States' });
  await us.getByRole('checkbox', { name: 'Google Professional' }).check();
  await us.getByRole('checkbox', { name: 'Outlook Professional' }).check();
  await next(page);

  await expect(stepHeading(page, 5, 7, 'Schedule')).toBeVisible();
  await checkA11y();
  await page.getByRole('checkbox', { name: 'Tuesday' }).press('Space');
  await page.getByRole('checkbox', { name: 'Thursday' }).press('Space');
  await page.getByRole('spinbutton', { name: 'Start time, hours' }).fill('07');
  await page.getByRole('spinbutton', { name: 'Start time, minutes' }).fill('45');
  await page.getByRole('combobox', { name: 'Timezone' }).click();
  await page.getByRole('combobox', { name: 'Timezone' }).fill('Helsinki');
  await page.getByRole('option', { name: /Europe\/Helsinki/ }).click();
  await expect(page.getByRole('table', { name: 'Next 5 runs' }).getByRole('row')).toHaveCount(6);
  await next(page);

  await expect(stepHeading(page, 6, 7, 'Automations')).toBeVisible();
  await page.getByRole('button', { name: 'Add a rule' }).click();
  await page.getByRole('textbox', { name: 'Placement (%)' }).fill('75');
  await page.getByRole('checkbox', { name: 'Pause sending campaigns' }).check();
  await page.getByRole('textbox', { name: 'Call a webhook' }).fill('https://example.com/hooks/placement');
  await expect(
    page.getByText(
      'When inbox placement goes below 75%, pause sending campaigns for 14 days and call https://example.com/hooks/placement.',
    ),
  ).toBeVisible();
  await checkA11y();
  await next(page);

  await expect(stepHeading(page, 7, 7, 'Review')).toBeVisible();
  // 2 senders × (6 + 6 US seed inboxes): the estimate must match what the API then assigns.
  await expect(page.getByText('About 24 emails per run')).toBeVisible();
  await expect(page.getByText('Tue, Thu at 07:45 Europe/Helsinki')).toBeVisible();
  await checkA11y();
  await page.getByRole('button', { name: 'Create test' }).click();

  const id = await testIdFromUrl(page);
  created.track(id);
  await expect(page.getByText(`“${name}” was created.`)).toBeVisible();

  // The list shows it without a reload.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tests' }).click();
  await page.getByRole('searchbox', { name: 'Search tests' }).fill(name);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

  const res = await request.get(`/api/v2/inbox-placement-tests/${id}`);
  expect(res.ok()).toBe(true);
  const stored = (await res.json()) as PlacementTest;
  expect(stored).toMatchObject({
    name,
    type: 2,
    sending_method: 1,
    delivery_mode: 2,
    text_only: false,
    email_subject: 'Quarterly check-in',
    emails: ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'],
    recipients_labels: [
      { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
      { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Outlook' },
    ],
    schedule: {
      days: { '0': false, '1': false, '2': true, '3': false, '4': true, '5': false, '6': false },
      timing: { from: '07:45' },
      timezone: 'Europe/Helsinki',
    },
    automations: [
      {
        when: { condition: 'placement_goes_below', condition_value: 75 },
        then: { pause_sending_campaigns_for: 14, webhook_url: 'https://example.com/hooks/placement' },
      },
    ],
    status: 1,
  });
  expect(stored.recipients.length * stored.emails.length).toBe(24);
  expect(stored.timestamp_next_run).toBeTruthy();
});
