import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { CreateTestPage } from './create-test-page';
import { DRAFT_KEY } from './draft/draft-storage';
import { defaultFormValues } from './form-schema';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));
beforeEach(() => {
  window.localStorage.clear();
  // The demo workspace has the sending accounts to pick from.
});
afterEach(() => {
  window.localStorage.clear();
});

async function toSendingStep() {
  const user = userEvent.setup();
  renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Picker check');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 3, name: /Step 2 of 5: Sending/ });
  return user;
}

const alertTitled = async (title: string) =>
  (await screen.findByText(title)).closest<HTMLElement>('[role="alert"]')!;

it('sender accounts that failed to load say why, and Retry loads them (issue 6)', async () => {
  await api.control('faults', { errorRate: 1, paths: '/accounts' });
  const user = await toSendingStep();
  const alert = await alertTitled('Accounts could not be loaded');
  expect(alert).toHaveTextContent('Instantly had a problem (500: Injected fault). Try again.');

  // While it tries again the field says it is loading; the alert comes back only if it fails again.
  await api.control('faults', { latencyMs: 300, paths: '/accounts' });
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByPlaceholderText('Loading accounts…')).toBeInTheDocument();
  expect(screen.queryByText('Accounts could not be loaded')).not.toBeInTheDocument();

  await user.click(screen.getByRole('combobox', { name: 'Sender accounts' }));
  expect(await screen.findByRole('option', { name: /^jane\.cooper@acme-outbound\.com/ })).toBeVisible();
});

it('tags and campaigns that failed to load each offer Retry', async () => {
  await api.control('faults', {
    errorRate: 1,
    paths: '/custom-tags|/campaigns|email-service-provider-options',
  });
  const user = await toSendingStep();
  const tags = await alertTitled('Tags could not be loaded');
  const campaigns = await alertTitled('Campaigns could not be loaded');
  await api.control('faults');
  await user.click(within(tags).getByRole('button', { name: 'Retry' }));
  await user.click(within(campaigns).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
});

it('seed inbox options that failed to load say why, and Retry loads them', async () => {
  const values = { ...defaultFormValues(), name: 'Picker check', emails: ['jane.cooper@acme-outbound.com'] };
  // A draft left on Recipients (step 4 of 5) opens the wizard there.
  window.localStorage.setItem(
    DRAFT_KEY,
    JSON.stringify({ savedAt: new Date().toISOString(), step: 3, values }),
  );
  await api.control('faults', { errorRate: 1, paths: 'email-service-provider-options' });
  const user = userEvent.setup();
  renderWithEmulator(<CreateTestPage />, api, { path: '/tests/new' });
  const alert = await alertTitled('Seed inbox options could not be loaded');
  expect(alert).toHaveTextContent('Instantly had a problem (500: Injected fault). Try again.');
  await api.control('faults');
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  const us = await screen.findByRole('group', { name: 'United States' });
  expect(within(us).getByRole('checkbox', { name: 'Google Professional' })).toBeInTheDocument();
});

it('sender accounts show the person’s name under the email, and a search by name finds them', async () => {
  const user = await toSendingStep();
  const senders = screen.getByRole('combobox', { name: 'Sender accounts' });
  await user.click(senders);
  const jane = await screen.findByRole('option', { name: /^jane\.cooper@acme-outbound\.com/ });
  expect(within(jane).getByText('Jane Cooper')).toBeVisible();

  await user.type(senders, 'sofia ram');
  await waitFor(() =>
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^sofia\.ramos@acme-outbound\.comSofia Ramos/),
    ]),
  );
  await user.click(screen.getByRole('option', { name: /^sofia\.ramos@/ }));
  // The pill shows the email, the value the API gets.
  expect(screen.getByText('sofia.ramos@acme-outbound.com', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
});
