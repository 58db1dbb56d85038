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

const renderPage = () => renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
const rowOf = async (name: string) =>
  (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;
const serverStatus = async (id: string) => {
  const res = await api.fetch(`/api/v2/inbox-placement-tests/${id}`);
  return ((await res.json()) as { status: number }).status;
};

describe('pause and resume', () => {
  it('flips the badge at once, then rolls it back with a toast naming the test and the API message when the PATCH fails', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Weekly Gmail check' });
    renderPage();
    const row = await rowOf('Weekly Gmail check');
    expect(within(row).getByText('Active')).toBeInTheDocument();

    await api.control('faults', { errorRate: 1, methods: ['PATCH'] });
    // The server holds the PATCH, then the list's refetch that follows it: the badge can only go
    // back by the rollback, not because a fresh list said so.
    const patch = api.hold('PATCH', /^\/api\/v2\/inbox-placement-tests\//);
    const refetch = api.hold('GET', /^\/api\/v2\/inbox-placement-tests\?/);
    await user.click(within(row).getByRole('button', { name: 'Pause Weekly Gmail check' }));

    // Optimistic: flipped before the server answers.
    expect(await within(row).findByText('Paused')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Resume Weekly Gmail check' })).toBeInTheDocument();
    expect(patch.arrived()).toBe(1);
    patch.release();

    // Rolled back while the refetch is still held…
    expect(await within(row).findByText('Active')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Pause Weekly Gmail check' })).toBeInTheDocument();
    await waitFor(() => expect(refetch.arrived()).toBe(1));
    refetch.release();
    // …and the toast says why once the mutation has settled (it waits for that refetch).
    expect(await screen.findByText('Could not pause “Weekly Gmail check”')).toBeInTheDocument();
    expect(screen.getByText('Instantly had a problem (500: Injected fault). Try again.')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('resumes a paused test and keeps the new status after the list refetches; completed tests offer no resume', async () => {
    const user = userEvent.setup();
    const paused = await createTestVia(api, { name: 'Paused digest', status: 2 });
    await createTestVia(api, { name: 'Finished audit', status: 3 });
    const { queryClient } = renderPage();
    const row = await rowOf('Paused digest');
    await user.click(within(row).getByRole('button', { name: 'Resume Paused digest' }));
    expect(await within(row).findByText('Active')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(await serverStatus(paused.id)).toBe(1);

    const completed = await rowOf('Finished audit');
    expect(within(completed).getByText('Completed')).toBeInTheDocument();
    expect(within(completed).queryByRole('button', { name: /^(Resume|Pause) / })).not.toBeInTheDocument();
    expect(within(completed).getByRole('button', { name: 'Delete Finished audit' })).toBeInTheDocument();
  });

  it('concurrent toggles on several rows: a failure rolls back only its own row and no badge goes stale', async () => {
    const user = userEvent.setup();
    const [a, b, c] = [
      await createTestVia(api, { name: 'Alpha' }),
      await createTestVia(api, { name: 'Bravo' }),
      await createTestVia(api, { name: 'Charlie' }),
    ];
    const { queryClient } = renderPage();
    await rowOf('Alpha');
    await api.control('faults', { errorRate: 1, methods: ['PATCH'], paths: b.id, latencyMs: 100 });

    await user.click(screen.getByRole('button', { name: 'Pause Alpha' }));
    await user.click(screen.getByRole('button', { name: 'Pause Bravo' }));
    await user.click(screen.getByRole('button', { name: 'Pause Charlie' }));

    expect(await screen.findByText('Could not pause “Bravo”')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    // Rows render from a deferred copy of the data (use-tests-list.ts): wait for the last render.
    expect(await within(await rowOf('Alpha')).findByText('Paused')).toBeInTheDocument();
    expect(await within(await rowOf('Bravo')).findByText('Active')).toBeInTheDocument();
    expect(await within(await rowOf('Charlie')).findByText('Paused')).toBeInTheDocument();
    expect([await serverStatus(a.id), await serverStatus(b.id), await serverStatus(c.id)]).toEqual([2, 1, 2]);
  });
});

describe('delete', () => {
  it('confirms in a dialog naming the test, waits for the server, removes the row and moves focus to the next row', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Older test' });
    await createTestVia(api, { name: 'Old newsletter test' });
    renderPage();
    const row = await rowOf('Old newsletter test');
    await user.click(within(row).getByRole('button', { name: 'Delete Old newsletter test' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete “Old newsletter test”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Old newsletter test' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Deleted “Old newsletter test”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Older test' })).toHaveFocus());
  });

  it('keeps the row and says why when the delete fails; Cancel returns focus to the row', async () => {
    const user = userEvent.setup();
    await createTestVia(api, { name: 'Keep me' });
    renderPage();
    const deleteButton = within(await rowOf('Keep me')).getByRole('button', { name: 'Delete Keep me' });
    await user.click(deleteButton);
    await api.control('faults', { errorRate: 1, methods: ['DELETE'] });
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Keep me”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Instantly had a problem (500: Injected fault). Try again.',
    );
    expect(screen.getByRole('link', { name: 'Keep me' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(deleteButton).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Keep me' })).toBeInTheDocument();
  });
});
