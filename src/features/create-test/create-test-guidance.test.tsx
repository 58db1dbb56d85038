import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { CreateTestPage } from './create-test-page';
import { DRAFT_KEY } from './draft/draft-storage';
import { defaultFormValues, type CreateTestFormValues } from './form-schema';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));
beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

const GOOGLE_PRO_US = { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' };

function saveDraft(step: number, overrides: Partial<CreateTestFormValues> = {}) {
  const values: CreateTestFormValues = {
    ...defaultFormValues(),
    name: 'Keyboard check',
    email_subject: 'Quarterly check-in',
    email_body: '<p>Hi there</p>',
    emails: ['jane.cooper@acme-outbound.com'],
    recipients_labels: [GOOGLE_PRO_US],
    ...overrides,
  };
  window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), step, values }));
}
const stepHeading = (text: RegExp) => screen.findByRole('heading', { level: 3, name: text });

// Several steps of the real wizard on the in-process emulator: slow on a busy 2-core machine.
describe('the wizard guides without scolding', { timeout: 20_000 }, () => {
  it('a new automation rule shows no error until the user tries to go on without an action', async () => {
    const user = userEvent.setup();
    saveDraft(5, { type: 2, schedule: { ...defaultFormValues().schedule, days: { ...defaultFormValues().schedule.days, '1': true } } });
    renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
    await stepHeading(/Step 6 of 7: Automations/);
    await user.click(screen.getByRole('button', { name: 'Add a rule' }));
    const rule = screen.getByRole('group', { name: 'Rule 1' });
    // Look around the new rule with the keyboard: focus leaves the condition, nothing is chosen yet.
    await user.tab();
    await user.tab();
    // Give a validation started by adding the rule time to land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(within(rule).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('Choose at least one action')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await within(rule).findByRole('alert')).toHaveTextContent('Choose at least one action');
  });

  it('Recipients keeps a running count of seed inboxes and emails per run', async () => {
    const user = userEvent.setup();
    saveDraft(3, { emails: ['jane.cooper@acme-outbound.com', 'alex@acme-outbound.com'] });
    renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
    await stepHeading(/Step 4 of 5: Recipients/);
    const tally = await screen.findByText(
      (_, el) => el?.getAttribute('role') === 'status' && /seed inbox/.test(el.textContent ?? ''),
    );
    await waitFor(() => expect(tally).toHaveTextContent('6 seed inboxes × 2 senders = about 12 emails per run.'));
    const outlook = screen.getAllByRole('checkbox', { name: /Outlook Professional/ })[0] as HTMLElement;
    await user.click(outlook);
    // The first Outlook option is a European one: 4 more seed inboxes.
    expect(tally).toHaveTextContent('10 seed inboxes × 2 senders = about 20 emails per run.');
  });

  it('a sender tag says how many accounts it adds', async () => {
    const user = userEvent.setup();
    saveDraft(1);
    renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
    await stepHeading(/Step 2 of 5: Sending/);
    await user.click(screen.getByRole('combobox', { name: 'Sender tags' }));
    const option = (await screen.findAllByRole('option'))[0] as HTMLElement;
    const label = option.textContent ?? '';
    await user.click(option);
    expect(await screen.findByText(new RegExp(`^${label} adds \\d+ accounts?\\.$`))).toBeInTheDocument();
  });

  it('marks Sender accounts as required', async () => {
    saveDraft(1, { emails: [] });
    renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
    await stepHeading(/Step 2 of 5: Sending/);
    expect(screen.getByRole('combobox', { name: /Sender accounts/ })).toBeRequired();
  });
});
