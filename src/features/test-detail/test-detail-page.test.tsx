import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { TestDetailPage } from './test-detail-page';

let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const renderPage = (id: string) =>
  renderWithEmulator(<TestDetailPage testId={id} />, api, { path: `/tests/${id}` });
const header = () => screen.getByRole('heading', { level: 2 }).parentElement as HTMLElement;
const apiGet = async (path: string) => (await api.fetch(`/api/v2${path}`)).json();

describe('the test detail page', () => {
  it('says "Test not found" for an unknown id, with a way back to the list', async () => {
    renderPage('01990000-0000-7000-8000-000000000000');
    expect(await screen.findByRole('heading', { name: 'Test not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to all tests' })).toHaveAttribute('href', '/tests');
  });

  it('shows the API message with Retry when the first load fails, and loads on retry', async () => {
    const user = userEvent.setup();
    const created = await createTestVia(api, { name: 'Flaky load' });
    await api.control('faults', { errorRate: 1, methods: ['GET'], paths: '/api/v2/inbox-placement-tests/*' });
    renderPage(created.id);
    expect(await screen.findByText('Could not load this test')).toBeInTheDocument();
    expect(screen.getByText('Instantly had a problem (500: Injected fault). Try again.')).toBeInTheDocument();
    await api.control('faults');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Flaky load' })).toBeInTheDocument();
  });

  it('pauses from the header, and the badge and button follow', async () => {
    const user = userEvent.setup();
    const created = await createTestVia(api, {
      name: 'Pause me',
      type: 2,
      schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
    });
    renderPage(created.id);
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await within(header()).findByText('Paused')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(
      await screen.findByText('Paused “Pause me”. It will not run until you resume it.'),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await apiGet(`/inbox-placement-tests/${created.id}`)).status).toBe(2));
  });

  it('deletes after confirming, then goes back to the list', async () => {
    const user = userEvent.setup();
    const created = await createTestVia(api, { name: 'Delete me' });
    const { history } = renderPage(created.id);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Delete me”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(history.at(-1)).toBe('/tests'));
    expect((await api.fetch(`/api/v2/inbox-placement-tests/${created.id}`)).status).toBe(404);
  });

  it('lists the settings: senders, seed inboxes on demand, schedule in words, automations as sentences', async () => {
    const user = userEvent.setup();
    const items = (await apiGet('/inbox-placement-tests?limit=100')).items as { id: string; name: string }[];
    const weekly = items.find((t) => t.name.startsWith('Weekly Gmail check'))!;
    renderPage(weekly.id);
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    expect(await screen.findByText('Q3 SaaS founders — US')).toBeInTheDocument();
    expect(screen.getByText('jane.cooper@acme-outbound.com')).toBeInTheDocument();
    expect(screen.getByText('Every Monday at 09:00 America/Chicago')).toBeInTheDocument();
    expect(
      screen.getByText(/^When inbox placement goes below 80%, pause sending campaigns for 14 days/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the 12 seed addresses' }));
    expect(
      await screen.findByRole('button', { name: 'Copy ip-seed-g-pro-us-1@ipseeds-workspace.com' }),
    ).toBeInTheDocument();
    expect(screen.getByTitle('Email body preview')).toHaveAttribute('sandbox', '');
  });
});
