import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { demoTestId } from '../../../../testing/components/demo-test-id';
import { TestDetailPage } from '../test-detail-page';

/** Completeness and sender triage as rendered from the emulator's real runs. */
let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const HOUR = 3_600_000;
const renderPage = (id: string, search = '') =>
  renderWithEmulator(<TestDetailPage testId={id} />, api, { path: `/tests/${id}${search}` });
const section = (name: string) => screen.findByRole('region', { name });
const figure = (region: HTMLElement, label: string) =>
  within(region).getByText(label).nextElementSibling?.textContent;
const seededId = (prefix: string) => demoTestId(api, prefix);

describe('results', () => {
  it('a one-time test collects, refreshes, then completes: sent, received and pending add up', async () => {
    const user = userEvent.setup();
    const created = await createTestVia(api, {
      name: 'Fresh one-time',
      emails: ['jane.cooper@acme-outbound.com', 'priya@getacme.io'],
    });
    renderPage(created.id);
    const completeness = await section('Completeness');
    expect(await within(completeness).findByText('Still collecting results')).toBeInTheDocument();
    // priya@getacme.io is a paused account: expected counts her, Instantly sends nothing for her.
    expect(figure(completeness, 'Expected')).toBe('12');
    expect(figure(completeness, 'Sent')).toBe('6');
    expect(figure(completeness, 'Received')).toBe('0');
    expect(figure(completeness, 'Still arriving')).toBe('6');
    const senders = await section('Senders by provider');
    expect(within(senders).getByText('Account paused: Instantly skips it')).toBeInTheDocument();
    expect(within(senders).getAllByText('Silent')).toHaveLength(1);
    expect(within(senders).getAllByText('Waiting for results')).toHaveLength(1);

    const totals = await section('Placement totals');
    // Inbox, Category tab, Spam and Landed.
    expect(within(totals).getAllByText('No emails received yet')).toHaveLength(4);

    await api.control('clock', { advanceMs: 4 * HOUR });
    await user.click(screen.getByRole('button', { name: 'Refresh results' }));
    await waitFor(() => expect(figure(completeness, 'Still arriving')).toBe('0'));
    const received = Number(figure(completeness, 'Received'));
    // The headline totals (stats-by-test-id) refresh with the rest.
    expect(await within(totals).findAllByText(new RegExp(`^\\d+ of ${received} received$`))).toHaveLength(4);
    expect(received + Number(figure(completeness, 'Missing'))).toBe(6);
    expect(within(completeness).queryByText('Still collecting results')).not.toBeInTheDocument();
    expect(
      await within(screen.getByRole('heading', { level: 2 }).parentElement!).findByText('Completed'),
    ).toBeInTheDocument();
    expect(within(senders).queryByText('Waiting for results')).not.toBeInTheDocument();
  });

  it('triages a seeded test worst first, naming why silent senders are silent', async () => {
    renderPage(await seededId('Northwind domain recovery'));
    const senders = await section('Senders by provider');
    const rows = await within(senders).findAllByRole('row');
    const names = rows.slice(1).map((row) => within(row).getByRole('rowheader').textContent);
    expect(names[0]).toContain('alex@northwind-mail.co');
    expect(
      within(rows[1]!).getByText(/^(Spam bound|At risk|Healthy|Waiting for results)$/),
    ).toBeInTheDocument();
    expect(within(senders).getByText('Account connection error: Instantly skips it')).toBeInTheDocument();
    expect(
      within(senders).getByText('Its placement test limit is 0, so Instantly skips it'),
    ).toBeInTheDocument();
    const auth = await section('Authentication');
    expect(within(auth).getByRole('button', { name: /^Show \d+ failed records?$/ })).toBeInTheDocument();
  });

  it('switches to an earlier run from the picker and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const id = await seededId('Weekly Gmail check');
    const days = (await (
      await api.fetch('/api/v2/inbox-placement-analytics/stats-by-date', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ test_id: id }),
      })
    ).json()) as { timestamp_created_date: string; sent_count: number }[];
    const { history } = renderPage(id);
    const completeness = await section('Completeness');
    await waitFor(() => expect(figure(completeness, 'Sent')).toBe(String(days.at(-1)!.sent_count)));
    await user.click(screen.getByRole('combobox', { name: 'Results for' }));
    const earlier = days.at(-2)!.timestamp_created_date;
    await user.click(
      await screen.findByRole('option', { name: new RegExp(`^Run of .* ${Number(earlier.slice(8))} `) }),
    );
    await waitFor(() => expect(history.at(-1)).toContain(`window=${earlier}`));
    expect(await screen.findByText(/against the run of/)).toBeInTheDocument();
  });

  it('the records filters come from the address and go back into it, next to the window', async () => {
    const user = userEvent.setup();
    const id = await seededId('Weekly Gmail check');
    const { history } = renderPage(id, '?window=all&placement=spam&esp=1,99&type=nope');
    const records = await section('Records');
    expect(within(records).getByRole('combobox', { name: 'Placement' })).toHaveValue('Spam');
    expect(within(records).getByText('Google', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
    // The records ask the API for Google only; unknown codes (99, "nope") never reach it.
    const asked = () =>
      api.requests.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/inbox-placement-analytics'));
    await waitFor(() => expect(asked().some((u) => u.searchParams.get('recipient_esp') === '1')).toBe(true));
    expect(asked().filter((u) => /99/.test(u.searchParams.get('recipient_esp') ?? '') || u.searchParams.has('recipient_type'))).toEqual([]);

    await user.click(within(records).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(history.at(-1)).toBe(`/tests/${id}?window=all`));
  });
});
