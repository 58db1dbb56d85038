import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { TestsListPage } from './tests-list-page';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

const renderPage = (path = '/tests') => renderWithEmulator(<TestsListPage />, api, { path });
const listRequests = () =>
  api.requests.filter(
    (r) => r.method === 'GET' && new URL(r.url).pathname === '/api/v2/inbox-placement-tests',
  );

describe('tests list', () => {
  it('shows a row per test with type, status, warnings, sending method, recipients, schedule and dates', async () => {
    await createTestVia(api, {
      name: 'Weekly Gmail check',
      type: 2,
      schedule: { days: { '2': true, '3': true }, timing: { from: '02:30' }, timezone: 'America/Chihuahua' },
      emails: ['limited@acme-outbound.com'],
      recipients_labels: [
        { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
        { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Outlook' },
      ],
    });
    // Its only sender has used up the day's sending: the emulator flags the test.
    await api.control('accounts', { email: 'limited@acme-outbound.com', dailyLimitReached: true });
    renderPage();
    const table = await screen.findByRole('table', { name: 'Inbox placement tests' });
    const link = within(table).getByRole('link', { name: 'Weekly Gmail check' });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/tests\/[0-9a-f-]{36}$/));
    const row = link.closest('tr') as HTMLElement;
    // The type and sending method under the name, in the name's cell.
    expect(link.closest('td')).toHaveTextContent(/Weekly Gmail checkAutomated · From Instantly$/);
    for (const text of [
      'Active',
      'Daily limits hit',
      'Google Pro, Outlook Pro (US)',
      'Tue, Wed at 02:30',
      'America/Chihuahua',
    ]) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(within(row).getByText(/^\d+ inboxes$/)).toBeInTheDocument();
    // The next run under the schedule, in the zone named above it, then how far off it is.
    expect(within(row).getByText(/^Next (Tue|Wed) \d{1,2} \w{3}, 02:30, in \d+ (min|h|days?)$/)).toBeInTheDocument();
    expect(screen.getByText('1 test loaded')).toBeInTheDocument();
  });

  it('restores search, status, sort and page size from the URL and asks the API for that view', async () => {
    await createTestVia(api, { name: 'Weekly Gmail check', status: 2 });
    await createTestVia(api, { name: 'Weekly Outlook check' });
    renderPage('/tests?q=gmail&status=paused&sort=oldest&size=10');
    expect(await screen.findByRole('link', { name: 'Weekly Gmail check' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Weekly Outlook check' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search tests' })).toHaveValue('gmail');
    expect(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Paused' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('oldest');
    expect(screen.getByRole('combobox', { name: 'Per page' })).toHaveValue('10');
    const query = new URL(listRequests().at(-1)?.url ?? '').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      limit: '10',
      search: 'gmail',
      status: '2',
      sort_order: 'asc',
    });
  });

  it('searches after a pause in typing, and puts the search in the URL', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Weekly Gmail check' });
    await createTestVia(api, { name: 'Outlook warmup' });
    const { history } = renderPage();
    await screen.findByRole('link', { name: 'Outlook warmup' });
    await user.type(screen.getByRole('searchbox', { name: 'Search tests' }), 'gmail');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Outlook warmup' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Weekly Gmail check' })).toBeInTheDocument();
    expect(history.at(-1)).toBe('/tests?q=gmail');
    // Debounced: one search request for the whole word, not one per letter.
    expect(
      listRequests()
        .filter((r) => r.url.includes('search='))
        .map((r) => new URL(r.url).searchParams.get('search')),
    ).toEqual(['gmail']);
  });

  it('loads more pages until the API has no next cursor', async () => {
    const user = userEvent.setup();
    for (let i = 1; i <= 12; i++)
      await createTestVia(api, { name: `Paged test ${String(i).padStart(2, '0')}` });
    renderPage('/tests?size=10');
    await screen.findByRole('link', { name: 'Paged test 12' });
    expect(screen.getAllByRole('link', { name: /^Paged test/ })).toHaveLength(10);
    expect(screen.getByText('10 tests loaded, more available')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Paged test 01' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Paged test/ })).toHaveLength(12);
    expect(screen.getByText('12 tests loaded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('offers New test when there are no tests at all', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No tests yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New test' }).at(-1)).toHaveAttribute('href', '/tests/new');
  });

  it('says when a search matches nothing, and Clear filters brings the tests back', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Weekly Gmail check' });
    const { history } = renderPage('/tests?q=zzz-nothing&status=completed');
    expect(await screen.findByRole('heading', { name: 'No matching tests' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'Weekly Gmail check' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search tests' })).toHaveValue('');
    expect(history.at(-1)).toBe('/tests');
  });

  it('shows the API message and Retry when the first load fails', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Weekly Gmail check' });
    await api.control('faults', { errorRate: 1, methods: ['GET'], paths: '/api/v2/inbox-placement-tests' });
    renderPage();
    expect(await screen.findByText('Could not load tests')).toBeInTheDocument();
    expect(screen.getByText('Instantly had a problem (500: Injected fault). Try again.')).toBeInTheDocument();
    await api.control('faults');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Weekly Gmail check' })).toBeInTheDocument();
  });

  it('keeps the previous rows on screen while a new filter loads', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Weekly Gmail check' });
    renderPage();
    await screen.findByRole('link', { name: 'Weekly Gmail check' });
    await api.control('faults', { latencyMs: 200, methods: ['GET'], paths: '/api/v2/inbox-placement-tests' });
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Completed' }),
    );
    expect(screen.getByRole('table', { name: 'Inbox placement tests' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('link', { name: 'Weekly Gmail check' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No matching tests' })).toBeInTheDocument();
  });
});
