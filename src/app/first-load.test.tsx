import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prefetchTestsList } from '../features/tests-list/prefetch-tests-list';
import { TestsListPage } from '../features/tests-list/tests-list-page';
import {
  closeEmulator,
  createTestVia,
  renderWithEmulator,
  startEmulator,
  type EmulatorApi,
} from '../test/render-with-emulator';
import { createQueryClient } from './query-client';

let api: EmulatorApi;
beforeEach(async () => {
  api = await startEmulator();
});
afterEach(() => closeEmulator(api));

const listRequests = () =>
  api.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === '/api/v2/inbox-placement-tests');

describe('first load', () => {
  it('asks for the page of tests the address names before the list renders, and the list uses that answer', async () => {
    await createTestVia(api, { name: 'Paused digest', status: 2 });
    await createTestVia(api, { name: 'Active audit' });
    const queryClient = createQueryClient();

    prefetchTestsList(queryClient, { pathname: '/tests', search: '?status=paused&size=10' });
    await waitFor(() => expect(listRequests()).toHaveLength(1));
    const sent = new URL(listRequests()[0]!.url).searchParams;
    expect(Object.fromEntries(sent)).toEqual({ limit: '10', status: '2', sort_order: 'desc' });

    renderWithEmulator(<TestsListPage />, api, { path: '/tests?status=paused&size=10', queryClient });
    expect(await screen.findByRole('link', { name: 'Paused digest' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Active audit' })).not.toBeInTheDocument();
    expect(listRequests()).toHaveLength(1);
  });

  it('leaves other screens, and name sorts (which depend on the backend), to the page', async () => {
    const queryClient = createQueryClient();
    prefetchTestsList(queryClient, { pathname: '/tests/new', search: '' });
    prefetchTestsList(queryClient, { pathname: '/tests', search: '?sort=name' });
    prefetchTestsList(queryClient, { pathname: '/', search: '' });
    // Only the last one (the home address, which opens the plain list) asks for anything.
    await waitFor(() => expect(listRequests()).toHaveLength(1));
    expect(Object.fromEntries(new URL(listRequests()[0]!.url).searchParams)).toEqual({ limit: '25', sort_order: 'desc' });
  });
});
