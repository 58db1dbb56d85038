import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createTestVia,
  emulatorPerTest,
  renderWithEmulator,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { NOT_SENDING_HELP } from '../placement-test-ui/not-sending-badge';
import { TestsListPage } from './tests-list-page';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;
const cellOf = (row: HTMLElement, label: string) =>
  row.querySelector(`td[data-label="${label}"]`) as HTMLElement;

describe('what the tests list explains', () => {
  it('bulk delete names the tests it will delete: the first five, then how many more', async () => {
    const user = userEvent.setup();
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'])
      await createTestVia(api, { name });
    renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    await screen.findByRole('link', { name: 'One' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all loaded tests' }));
    await user.click(
      within(await screen.findByRole('group', { name: 'Selection' })).getByRole('button', { name: 'Delete' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete 7 tests?' });
    const list = within(dialog).getByRole('list', { name: 'Tests to delete' });
    // Newest first, as the list shows them.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Seven', 'Six', 'Five', 'Four', 'Three', 'and 2 more tests']);
  });

  it('gives the next run in the schedule’s zone, and says which zone', async () => {
    await createTestVia(api, {
      name: 'Weekly Chicago',
      type: 2,
      schedule: { days: { '4': true }, timing: { from: '16:00' }, timezone: 'America/Chicago' },
    });
    renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    await screen.findByRole('link', { name: 'Weekly Chicago' });
    expect(cellOf(rowOf('Weekly Chicago'), 'Schedule')).toHaveTextContent(
      /^Every Thursday at 16:00America\/ChicagoNext Thu \d{1,2} \w{3}, 16:00, in /,
    );
  });

  it('keeps a long name readable whole', async () => {
    const name = `Quarterly deliverability review for the EMEA outbound team — ${'very '.repeat(12)}long name`;
    await createTestVia(api, { name });
    renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    expect(await screen.findByRole('link', { name })).toHaveAttribute('title', name);
  });
});

describe('not sending', () => {
  emulatorPerTest({ demoData: true }, (started) => (api = started));

  it('explains “Daily limits hit” and “Not sending” from a button, and drops the warning once the test is paused', async () => {
    const user = userEvent.setup();
    // The emulator works the flag out from the senders: every Northwind sender is stopped today
    // (one at its daily limit), and pausing every getacme.io sender stops that test for another reason.
    for (const email of ['jane@getacme.io', 'tom@getacme.io'])
      await api.control('accounts', { email, status: 2 });
    renderWithEmulator(<TestsListPage />, api, { path: '/tests?size=100' });
    const limited = 'Northwind domain recovery — daily';
    await screen.findByRole('link', { name: limited });
    const badge = within(rowOf(limited)).getByRole('button', { name: /Daily limits hit/ });
    expect(badge).toHaveAccessibleDescription('What this means');
    const popover = document.getElementById(badge.getAttribute('popovertarget') ?? '');
    expect(popover).toHaveTextContent(NOT_SENDING_HELP.daily_limits_hit);
    const other = within(rowOf('Daily Outlook pulse — getacme.io')).getByRole('button', {
      name: /Not sending/,
    });
    expect(document.getElementById(other.getAttribute('popovertarget') ?? '')).toHaveTextContent(
      NOT_SENDING_HELP.other,
    );

    await user.click(within(rowOf(limited)).getByRole('button', { name: /^Pause/ }));
    await waitFor(() => expect(within(rowOf(limited)).getByText('Paused')).toBeInTheDocument());
    expect(
      within(rowOf(limited)).queryByRole('button', { name: /Daily limits hit/ }),
    ).not.toBeInTheDocument();
    expect(within(rowOf(limited)).queryByText('Daily limits hit')).not.toBeInTheDocument();
  });
});
