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

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('bulk actions', () => {
  it('pauses each selected test with its own call, reports which failed and why, and leaves the others done', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Alpha' });
    const bravo = await createTestVia(api, { name: 'Bravo' });
    await createTestVia(api, { name: 'Charlie' });
    const { queryClient } = renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    await screen.findByRole('link', { name: 'Alpha' });
    await api.control('faults', { errorRate: 1, methods: ['PATCH'], paths: bravo.id });

    await user.click(screen.getByRole('checkbox', { name: 'Select all loaded tests' }));
    // The bulk bar arrives with the lazily loaded actions.
    expect(await screen.findByText('3 tests selected')).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('group', { name: 'Selection' })).getByRole('button', { name: 'Pause' }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Paused 2 of 3 tests');
    expect(alert).toHaveTextContent('Bravo: Instantly had a problem (500: Injected fault). Try again.');
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    // Rows re-render from a deferred copy of the data (use-tests-list.ts), just after the summary.
    expect(await within(rowOf('Alpha')).findByText('Paused')).toBeInTheDocument();
    expect(await within(rowOf('Bravo')).findByText('Active')).toBeInTheDocument();
    expect(await within(rowOf('Charlie')).findByText('Paused')).toBeInTheDocument();
    // The failed one stays selected for a retry.
    expect(screen.getByRole('checkbox', { name: 'Select Bravo' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Alpha' })).not.toBeChecked();

    const patches = api.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(3);
  });

  it('skips tests the action does not apply to, and resumes the paused ones', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Paused one', status: 2 });
    await createTestVia(api, { name: 'Active one' });
    renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    await screen.findByRole('link', { name: 'Paused one' });
    const patchesBefore = api.requests.filter((r) => r.method === 'PATCH').length;
    await user.click(screen.getByRole('checkbox', { name: 'Select all loaded tests' }));
    await user.click(await screen.findByRole('button', { name: 'Resume' }));
    expect(await screen.findByText('Resumed 1 test. 1 selected test did not apply.')).toBeInTheDocument();
    expect(await within(rowOf('Paused one')).findByText('Active')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(patchesBefore + 1);
  });

  it('confirms a bulk delete with the count, then deletes each one with its own call', async () => {
    const user = userEvent.setup();
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five', 'Six']) await createTestVia(api, { name });
    renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    await screen.findByRole('link', { name: 'One' });

    await user.click(screen.getByRole('checkbox', { name: 'Select all loaded tests' }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 6 tests?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted 6 tests.')).toBeInTheDocument();
    expect(await screen.findByText('No tests yet')).toBeInTheDocument();
    // One call per test; how they are paced is pinned in bulk/use-bulk-actions.test.tsx.
    expect(api.requests.filter((r) => r.method === 'DELETE')).toHaveLength(6);
  });
});
