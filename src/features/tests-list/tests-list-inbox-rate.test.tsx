import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TestStats } from '../../../core/contract/analytics';
import { formatPercent } from '../../lib/format';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../../testing/components/render-with-emulator';
import { TestsListPage } from './tests-list-page';

const HOUR = 3_600_000;
let api: EmulatorApi;
emulatorPerTest({ demoData: true }, (started) => (api = started));

const statsRequests = () =>
  api.requests.filter(
    (r) => new URL(r.url).pathname === '/api/v2/inbox-placement-analytics/stats-by-test-id',
  );

async function statsOf(id: string): Promise<TestStats> {
  const res = await api.fetch('/api/v2/inbox-placement-analytics/stats-by-test-id', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ test_ids: [id] }),
  });
  const [stats] = (await res.json()) as TestStats[];
  return stats!;
}

async function rowOf(name: string) {
  const table = await screen.findByRole('table', { name: 'Inbox placement tests' });
  return within(table).getByRole('link', { name }).closest('tr') as HTMLElement;
}

describe('inbox rate in the tests list', () => {
  it("shows each test's inbox share of its results, from one request for the whole page", async () => {
    const done = await createTestVia(api, {
      name: 'Finished check',
      emails: ['jane.cooper@acme-outbound.com'],
    });
    await api.control('clock', { advanceMs: 4 * HOUR });
    // Paused before its first run: nothing sent, nothing received.
    await createTestVia(api, {
      name: 'Just created',
      type: 2,
      schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
      status: 2,
    });
    const expected = await statsOf(done.id);
    expect(expected.count).toBeGreaterThan(0);
    api.requests.length = 0;

    renderWithEmulator(<TestsListPage />, api);
    const finished = await rowOf('Finished check');
    expect(await within(finished).findByText(formatPercent(expected.inbox_percent))).toBeInTheDocument();
    expect(within(finished).getByText(`of ${expected.count} received`)).toBeInTheDocument();
    expect(within(await rowOf('Just created')).getByText('No results yet')).toBeInTheDocument();

    expect(statsRequests()).toHaveLength(1);
    expect(screen.getByRole('columnheader', { name: 'Inbox' })).toBeInTheDocument();
  });

  it('a failed totals request leaves the rows usable and says the figure did not load', async () => {
    await createTestVia(api, { name: 'Weekly Gmail check' });
    await api.control('faults', { errorRate: 1, methods: ['POST'], paths: 'stats-by-test-id' });

    renderWithEmulator(<TestsListPage />, api);
    const row = await rowOf('Weekly Gmail check');
    await waitFor(() => expect(within(row).getByText('Not loaded')).toBeInTheDocument());
    expect(within(row).getByText('Not loaded')).toHaveAttribute(
      'title',
      expect.stringMatching(/Injected fault/),
    );
    expect(within(row).getByRole('button', { name: 'Pause Weekly Gmail check' })).toBeEnabled();
  });
});
