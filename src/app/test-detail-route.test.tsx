import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeEmulator,
  createTestVia,
  renderWithEmulator,
  startEmulator,
  type EmulatorApi,
} from '../../testing/components/render-with-emulator';
import { createQueryClient } from './query-client';
import { TestDetailRoute } from './test-detail-route';

/**
 * The order of the detail page's requests, as the server sees them (issue 20, ADR 015): what a
 * user waits for on a busy machine is mostly requests made one after the other.
 */
let api: EmulatorApi;
beforeEach(async () => {
  // The demo workspace: its active senders send at once, so a new one-time test has records.
  api = await startEmulator({ demoData: true });
});
afterEach(() => closeEmulator(api));

const asked = (method: string, path: RegExp) =>
  api.requests.filter((r) => r.method === method && path.test(new URL(r.url).pathname));
const TEST = /^\/api\/v2\/inbox-placement-tests\/[^/]+$/;
const DAYS = /^\/api\/v2\/inbox-placement-analytics\/stats-by-date$/;

describe('the test detail route', () => {
  it('asks for the test and its result days side by side, then for the records, each once', async () => {
    const created = await createTestVia(api, { name: 'Side by side', emails: ['jane.cooper@acme-outbound.com', 'mark.ellis@acme-outbound.com'] });
    // The server holds the test: the days must be asked without waiting for it.
    const test = api.hold('GET', TEST);
    // The app's own client (its staleTime decides what is asked again).
    renderWithEmulator(<TestDetailRoute testId={created.id} />, api, {
      path: `/tests/${created.id}`,
      queryClient: createQueryClient(),
    });
    await waitFor(() => expect(asked('POST', DAYS)).toHaveLength(1));
    expect(test.arrived()).toBe(1);
    test.release();

    const records = await screen.findByRole('region', { name: 'Records' });
    expect(await within(records).findByRole('table')).toBeInTheDocument();
    expect(asked('GET', TEST)).toHaveLength(1);
    expect(asked('POST', DAYS)).toHaveLength(1);
  });

  it('an unknown id: one request, then "Test not found"', async () => {
    renderWithEmulator(<TestDetailRoute testId="01990000-0000-7000-8000-000000000000" />, api, {
      path: '/tests/01990000-0000-7000-8000-000000000000',
      queryClient: createQueryClient(),
    });
    expect(await screen.findByRole('heading', { name: 'Test not found' })).toBeInTheDocument();
    expect(asked('GET', TEST)).toHaveLength(1);
  });
});
