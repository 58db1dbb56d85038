import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../testing/components/render-with-emulator';
import { DRAFT_KEY } from '../features/create-test/draft/draft-storage';
import { defaultFormValues } from '../features/create-test/form-schema';
import { AppLayout } from './app-layout';
import { AppRoutes } from './app-routes';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));
beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

const renderApp = (path: string) =>
  renderWithEmulator(
    <AppLayout onWorkspaceChange={() => {}} colorScheme="light">
      <AppRoutes />
    </AppLayout>,
    api,
    { path },
  );

// The real app on the in-process emulator, several screens: slow on a busy 2-core machine.
describe('keyboard paths', { timeout: 20_000 }, () => {
  it('the first Tab stop is “Skip to content”, and it moves focus to the page', async () => {
    const user = userEvent.setup();
    renderApp('/tests');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('after “Create test” from the keyboard, focus lands on the new test’s heading, not the page body', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        savedAt: new Date().toISOString(),
        step: 4,
        values: {
          ...defaultFormValues(),
          name: 'Keyboard check',
          email_subject: 'Quarterly check-in',
          email_body: '<p>Hi there</p>',
          emails: ['jane.cooper@acme-outbound.com'],
          recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
        },
      }),
    );
    const { history } = renderApp('/tests/new');
    const create = await screen.findByRole('button', { name: 'Create test' });
    create.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(history.at(-1)).toMatch(/^\/tests\/[0-9a-f-]{36}$/));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Keyboard check' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
