import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { CreateTestPage } from '../create-test-page';
import { DRAFT_KEY, readDraft } from '../draft/draft-storage';
import { defaultFormValues } from '../form-schema';

/** Duplicate and Run again: the wizard filled from a test, and an unsaved draft never lost (ADR 018). */
let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));
beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

const AUTOMATED = {
  name: 'Weekly pulse',
  type: 2 as const,
  description: 'Monday check',
  email_subject: 'Quick question',
  email_body: '<p>Hi {{firstName}}</p>',
  emails: ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'],
  recipients_labels: [
    { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
    { region: 'North America', sub_region: 'US', type: 'Personal', esp: 'Outlook' },
  ],
  schedule: { days: { '1': true, '3': true }, timing: { from: '09:30' }, timezone: 'America/Chicago' as const },
  automations: [
    {
      when: { condition: 'placement_goes_below' as const, condition_value: 70 },
      then: { pause: true, pause_sending_campaigns_for: 7, webhook_url: 'https://hooks.example.com/placement' },
    },
  ],
};

const renderFrom = (id: string) =>
  renderWithEmulator(<CreateTestPage />, api, { path: `/tests/new?from=${id}` });
const posts = () =>
  api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/v2/inbox-placement-tests'));

describe('Duplicate', () => {
  it('fills the wizard from an automated test, says what was copied, and creates nothing', async () => {
    const source = await createTestVia(api, AUTOMATED);
    const before = posts().length;
    const { history } = renderFrom(source.id);
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Weekly pulse (copy)');
    const note = screen.getByRole('status', { name: /A copy of “Weekly pulse”/ });
    expect(note).toHaveTextContent(
      'Copied: the description, the type, 2 sender accounts, the subject and body, 2 kinds of seed inbox, the schedule and 1 automation.',
    );
    expect(note).toHaveTextContent('nothing is created until you press Create');
    // The copy is now the draft, and `from` has left the address: a reload keeps the user's edits.
    expect(history.at(-1)).toBe('/tests/new');
    const draft = readDraft()!;
    expect(draft.values).toMatchObject({
      name: 'Weekly pulse (copy)',
      description: 'Monday check',
      type: 2,
      emails: AUTOMATED.emails,
      email_subject: 'Quick question',
      email_body: '<p>Hi {{firstName}}</p>',
      recipients_labels: AUTOMATED.recipients_labels,
      schedule: { timing: { from: '09:30' }, timezone: 'America/Chicago' as const },
      automations: [expect.objectContaining({ condition: 'placement_goes_below', condition_value: 70 })],
    });
    expect(draft.values.schedule.days).toMatchObject({ '1': true, '3': true, '2': false });
    expect(posts()).toHaveLength(before);
  });

  it('calls it "run again" for a one-time test', async () => {
    const source = await createTestVia(api, { name: 'Subject line v2', email_subject: 'Hello' });
    renderFrom(source.id);
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Subject line v2 (copy)');
    expect(screen.getByRole('status', { name: 'Running “Subject line v2” again' })).toBeInTheDocument();
  });

  it('asks before a copy replaces an unsaved draft, and keeps the draft when told to', async () => {
    const user = userEvent.setup();
    const source = await createTestVia(api, AUTOMATED);
    const typed = { ...defaultFormValues(), name: 'Half-typed test', email_subject: 'Draft subject' };
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), step: 1, values: typed }));
    const { history } = renderFrom(source.id);
    expect(await screen.findByRole('alert', { name: 'Replace your unsaved draft?' })).toHaveTextContent(
      /You have a draft of “Half-typed test”.*Copying “Weekly pulse” replaces it/,
    );
    await user.click(screen.getByRole('button', { name: 'Keep my draft' }));
    expect(await screen.findByRole('status', { name: 'Draft restored' })).toBeInTheDocument();
    expect(readDraft()!.values.name).toBe('Half-typed test');
    expect(history.at(-1)).toBe('/tests/new');
  });

  it('replaces the draft only when the user says so', async () => {
    const user = userEvent.setup();
    const source = await createTestVia(api, AUTOMATED);
    const typed = { ...defaultFormValues(), name: 'Half-typed test' };
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), step: 0, values: typed }));
    renderFrom(source.id);
    await user.click(await screen.findByRole('button', { name: 'Replace it with the copy' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Weekly pulse (copy)');
    expect(readDraft()!.values.name).toBe('Weekly pulse (copy)');
  });

  it('says plainly when the test to copy is gone, and offers a blank test', async () => {
    const user = userEvent.setup();
    renderFrom('01a0cb6a-2270-7852-92ae-000000000000');
    expect(await screen.findByText('The test to copy no longer exists')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a blank test' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('');
  });
});
