import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest, renderWithEmulator, type EmulatorApi } from '../../../testing/components/render-with-emulator';
import { DomainsPage } from './domains-page';
import { SenderPage } from './sender-page';
import { SendersPage } from './senders-page';

/** The Senders, Domains and sender pages on the demo workspace, through the real server's results store. */
let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const firstColumn = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Senders page', () => {
  it('reads the results by itself on first visit, then lists the spam-bound Northwind sender first at Microsoft', async () => {
    const { history } = renderWithEmulator(<SendersPage />, api, { path: '/senders?window=90d&provider=2' });
    const table = await screen.findByRole('table', { name: 'Senders' }, { timeout: 30_000 });
    expect(firstColumn(table)[0]).toBe('alex@northwind-mail.co');
    expect(await screen.findByText(/^Up to date as of/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Landed at Microsoft/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.type(screen.getByRole('textbox', { name: 'Landed below (%)' }), '80');
    await waitFor(() => expect(history.at(-1)).toContain('below=80'));
    const filtered = firstColumn(screen.getByRole('table', { name: 'Senders' }));
    expect(filtered).toContain('alex@northwind-mail.co');
    expect(filtered).not.toContain('mark.ellis@acme-outbound.com');
  });

  it('shows paused and disconnected accounts with their silent runs, and searches by address', async () => {
    await api.results.sync();
    const { history } = renderWithEmulator(<SendersPage />, api, { path: '/senders?window=90d&state=silent' });
    const table = await screen.findByRole('table', { name: 'Senders' });
    const priya = within(table).getByRole('rowheader', { name: 'priya@getacme.io' }).closest('tr') as HTMLElement;
    expect(within(priya).getByText('Paused')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'dana@northwind-mail.co' }).closest('tr')).toHaveTextContent('Connection error');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'all');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search senders' }), 'getacme');
    await waitFor(() => expect(history.at(-1)).toContain('q=getacme'));
    expect(firstColumn(screen.getByRole('table', { name: 'Senders' })).every((s) => s?.endsWith('@getacme.io'))).toBe(true);
  });

  it('sorts by a column from its heading, and says so', async () => {
    await api.results.sync();
    renderWithEmulator(<SendersPage />, api, { path: '/senders?window=90d' });
    const table = await screen.findByRole('table', { name: 'Senders' });
    await userEvent.click(within(table).getByRole('button', { name: 'Emails' }));
    expect(within(table).getByRole('columnheader', { name: 'Emails' })).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn(table)[0]).toBe('mark.ellis@acme-outbound.com');
  });

  it('says plainly when no test sent anything in the window', async () => {
    await api.control('reset', { seed: false });
    await api.results.sync();
    renderWithEmulator(<SendersPage />, api, { path: '/senders?window=7d' });
    expect(await screen.findByRole('heading', { name: 'No senders in this window' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the last 90 days' })).toBeInTheDocument();
  });
});

describe('Domains page', () => {
  it('shows a domain failing DMARC and listed on major blacklists, and links to its senders', async () => {
    await api.results.sync();
    renderWithEmulator(<DomainsPage />, api, { path: '/domains?window=30d' });
    const table = await screen.findByRole('table', { name: 'Domains' });
    const link = within(table).getByRole('link', { name: 'northwind-mail.co' });
    expect(link).toHaveAttribute('href', '/senders?domain=northwind-mail.co');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('5 major')).toBeInTheDocument();
    // SPF, DKIM pass; DMARC fails on every received email.
    expect(within(row).getByText('0%')).toBeInTheDocument();
  });
});

describe('Sender page', () => {
  it('shows a sender’s tests, its placement per provider per day and its records', async () => {
    await api.results.sync();
    renderWithEmulator(<SenderPage email="jane@getacme.io" />, api, { path: '/senders/jane%40getacme.io?window=90d' });
    expect(await screen.findByRole('heading', { name: 'jane@getacme.io' })).toBeInTheDocument();
    const tests = await screen.findByRole('table', { name: 'Tests it is in' });
    expect(within(tests).getAllByRole('link').length).toBeGreaterThan(1);
    // Each figure leads to its evidence: the test's records of this sender (at that provider).
    const [first] = within(tests).getAllByRole('rowheader');
    const testLink = within(first!).getByRole('link');
    expect(testLink.getAttribute('href')).toMatch(/^\/tests\/[^?]+\?window=all&sender=jane%40getacme\.io#records$/);
    const atMicrosoft = within(tests).getAllByRole('link', { name: /landed at Microsoft in/ });
    expect(atMicrosoft[0]!.getAttribute('href')).toMatch(/\?window=all&sender=jane%40getacme\.io&esp=2#records$/);
    const series = screen.getByRole('table', { name: 'Placement per provider over time' });
    expect(within(series).getByRole('columnheader', { name: 'Microsoft' })).toBeInTheDocument();
    const records = screen.getByRole('table', { name: 'Its records across tests' });
    expect(within(records).getAllByRole('row').length).toBeGreaterThan(10);
  });
});
