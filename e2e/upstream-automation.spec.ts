import { expect, test } from './upstream-fixtures';
import { FAKE_URL, TEST_KEY } from './upstream-env';
import { scheduleAwayFromToday } from './test-detail-helpers';

const HOUR = 3_600_000;

/**
 * Against Instantly, which keeps no record of rules firing (ADR 017), a test paused by its own
 * rule is shown as paused by it, marked Inferred, from its status and its latest run. The test is
 * made directly at the fake with the workspace's key, and deleted after.
 */
test('a test that Instantly paused by its rule says which rule, marked Inferred, without a recorded firing', async ({
  page,
  playwright,
  fake,
  checkA11y,
}) => {
  const instantly = await playwright.request.newContext({
    baseURL: FAKE_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${TEST_KEY}` },
  });
  const created = await instantly.post('/api/v2/inbox-placement-tests', {
    data: {
      name: `Upstream rule ${Date.now()}`,
      type: 2,
      sending_method: 1,
      email_subject: 'Check-in',
      email_body: 'Hi',
      emails: ['jane.cooper@acme-outbound.com'],
      recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
      schedule: scheduleAwayFromToday(),
      run_immediately: true,
      // Fires on any run with an inbox share above 0 %: the run below has emails in the inbox.
      automations: [{ when: { condition: 'placement_goes_above', condition_value: 0 }, then: { pause: true } }],
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  try {
    // The run's results all arrive and are final; Instantly's rule pauses the test.
    await fake.advanceClock(4 * HOUR);
    const stored = (await (await instantly.get(`/api/v2/inbox-placement-tests/${id}`)).json()) as { status: number };
    expect(stored.status).toBe(2);
    await fake.reset();

    const browserAsked: string[] = [];
    page.on('request', (r) => browserAsked.push(new URL(r.url()).pathname));
    await page.goto(`/tests/${id}`);
    const reason = page.getByRole('alert').filter({ hasText: 'Probably paused by an automation (inferred)' });
    await expect(reason).toContainText(/Rule 1 · Inbox placement goes above 0% fired on run 1: inbox [\d.]+% > 0%\./);

    const activity = page.getByRole('region', { name: 'Automation activity' });
    await expect(activity.getByText('Instantly does not report when rules fire.', { exact: false })).toBeVisible();
    const item = activity.getByRole('listitem', { name: 'Rule 1 · Inbox placement goes above 0%, run 1' });
    await expect(item.getByText('Inferred', { exact: true })).toBeVisible();
    await expect(item).toContainText('The test is paused');
    await checkA11y();

    // Worked out from Instantly's own answers (the run's figures and reports); the emulator's record
    // of firings was never asked for.
    expect(browserAsked.some((path) => path.includes('automation-firings'))).toBe(false);
    const asked = (await fake.requests()).map((r) => r.url.split('?')[0]);
    expect(asked).toContain('/api/v2/inbox-placement-analytics/stats-by-date');
    expect(asked).toContain('/api/v2/inbox-placement-reports');
  } finally {
    await instantly.delete(`/api/v2/inbox-placement-tests/${id}`);
    await instantly.dispose();
  }
});
