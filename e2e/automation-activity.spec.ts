import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { HOUR, pageHeader, scheduleAwayFromToday, section } from './test-detail-helpers';

/** A sender of the demo's struggling domain, with today's sending cleared so it can send. */
const NORTHWIND = 'alex@northwind-mail.co';
const LABELS = [
  { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
  { region: 'North America', sub_region: 'US', type: 'Personal', esp: 'Google' },
  { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Outlook' },
];

/** A webhook receiver on loopback for the journey: the bodies it got. */
async function webhookReceiver() {
  const bodies: { event: string; measured: { text: string } }[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(text) as (typeof bodies)[number]);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/placement-drop`;
  return { url, bodies, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('a rule that pauses on a drop fires once the run is final: the test shows Paused, why, and the activity', async ({
  page,
  request,
  createTest,
  emulator,
  checkA11y,
}) => {
  // Two loads of a full results page, a run's worth of emails and axe twice: a ceiling for a busy machine.
  test.setTimeout(120_000);
  const hook = await webhookReceiver();
  try {
    const cleared = await request.post('/__emulator/accounts', {
      data: { email: NORTHWIND, dailyLimitReached: false },
    });
    expect(cleared.ok()).toBe(true);
    const created = await createTest({
      name: `E2E pause on drop ${Date.now()}`,
      type: 2,
      schedule: scheduleAwayFromToday(),
      run_immediately: true,
      emails: [NORTHWIND],
      recipients_labels: LABELS,
      automations: [
        {
          when: { condition: 'placement_goes_below', condition_value: 95 },
          then: { pause: true, webhook_url: hook.url },
        },
      ],
    });
    await page.goto(`/tests/${created.id}`);
    await expect(pageHeader(page).getByText('Active', { exact: true })).toBeVisible();
    const activity = section(page, 'Automation activity');
    await expect(activity.getByText('No rule has fired yet.', { exact: false })).toBeVisible();

    // The run's results become final within a few hours of emulator time; then the rule acts.
    await emulator.advanceClock(4 * HOUR);
    await expect.poll(async () => (await emulator.getTest(created.id))?.status).toBe(2);
    await expect.poll(() => hook.bodies.length).toBe(1);
    await page.reload();

    await expect(pageHeader(page).getByText('Paused', { exact: true })).toBeVisible();
    const reason = page.getByRole('alert').filter({ hasText: 'Paused by an automation' });
    await expect(reason).toContainText(
      /Rule 1 · Inbox placement goes below 95% fired on run 1: inbox [\d.]+% < 95%\./,
    );
    const item = activity.getByRole('listitem', { name: 'Rule 1 · Inbox placement goes below 95%, run 1' });
    await expect(item).toContainText(/Run 1 \(.+\): inbox [\d.]+% < 95%/);
    await expect(item).toContainText('Paused the test');
    await expect(item).toContainText(`Called ${hook.url}`);
    await expect(item).toContainText('Webhook delivered (HTTP 200)');
    expect(hook.bodies[0]).toMatchObject({ event: 'inbox_placement_automation' });
    await expect(item).toContainText(hook.bodies[0]!.measured.text);
    await checkA11y();
  } finally {
    await hook.close();
  }
});

test('an outside test waits for its mail, then gets results once it is "sent" with the button', async ({
  page,
  createTest,
  checkA11y,
}) => {
  // The results page drawn twice and axe twice: a ceiling for a busy machine.
  test.setTimeout(120_000);
  const code = `e2e-${Math.random().toString(36).slice(2, 10)}`;
  const created = await createTest({
    name: `E2E outside mail ${Date.now()}`,
    sending_method: 2,
    test_code: code,
    emails: [],
  });
  await page.goto(`/tests/${created.id}`);
  await expect(page.getByText('Instantly is waiting for your emails.', { exact: false })).toBeVisible();
  await expect(page.getByText(`ptid_${code}`, { exact: true }).first()).toBeVisible();

  const outside = page.getByRole('region', { name: 'Outside mail (emulator)' });
  await outside.getByRole('button', { name: 'Send outside mail' }).click();
  const address = outside.getByRole('textbox', { name: 'Sender address' });
  await expect(address).toBeFocused();
  await address.fill('not an address');
  await outside.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(outside.getByRole('alert')).toHaveText('Enter an email address, like you@example.com');
  await checkA11y();

  await address.fill('news@mail.acme-outbound.com');
  await outside.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(outside.getByRole('status')).toContainText('Sent from news@mail.acme-outbound.com.');
  await expect(section(page, 'Completeness')).toBeVisible();
  await expect(page.getByText('No results yet')).toBeHidden();
  await checkA11y();
});
