import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DateStats, TestStats } from '../../../core/contract/analytics';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { formatRunDay } from '../../../core/rules/run-date';
import { RUN_LOOKBACK_DAYS } from '../../../core/rules/latest-run';
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

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await api.fetch(`/api/v2/inbox-placement-analytics/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}
const statsOf = async (id: string, range: { date_from?: string; date_to?: string } = {}) =>
  (await post<TestStats[]>('stats-by-test-id', { test_ids: [id], ...range }))[0];

async function testNamed(name: string): Promise<PlacementTest> {
  const res = await api.fetch(`/api/v2/inbox-placement-tests?search=${encodeURIComponent(name)}&limit=1`);
  return ((await res.json()) as { items: PlacementTest[] }).items[0]!;
}

async function rowOf(name: string) {
  const table = await screen.findByRole('table', { name: 'Inbox placement tests' });
  return within(table).getByRole('link', { name }).closest('tr') as HTMLElement;
}

describe('latest run in the tests list', () => {
  it("shows an automated test's latest run and the change since the run before, by the API's own days", async () => {
    const name = 'Dubai office senders — weekly';
    const t = await testNamed(name);
    // The runs as stats-by-date tells them: the two newest days with received emails.
    const days = await post<DateStats[]>('stats-by-date', { test_id: t.id });
    const [latestDay, previousDay] = days
      .filter((d) => d.received_count > 0)
      .map((d) => d.timestamp_created_date)
      .sort()
      .reverse();
    const latest = (await statsOf(t.id, { date_from: latestDay, date_to: latestDay }))!;
    const previous = (await statsOf(t.id, { date_from: previousDay, date_to: previousDay }))!;
    const points = Math.abs(Math.round(latest.inbox_percent - previous.inbox_percent));

    renderWithEmulator(<TestsListPage />, api, { path: `/tests?q=${encodeURIComponent(name)}` });
    const row = await rowOf(name);
    expect(await within(row).findByText(formatRunDay(latestDay!))).toBeInTheDocument();
    expect(within(row).getByText(formatPercent(latest.inbox_percent))).toBeInTheDocument();
    expect(within(row).getByText(`${formatPercent(latest.spam_percent)} spam`)).toBeInTheDocument();
    expect(
      within(row).getByText(`${formatPercent(latest.category_percent)} category tab`),
    ).toBeInTheDocument();
    expect(within(row).getByText(new RegExp(`since ${formatRunDay(previousDay!)}`))).toBeInTheDocument();
    if (points > 0) expect(within(row).getByText(new RegExp(`${points} pts`))).toBeInTheDocument();
    expect(within(row).getByText(new RegExp(`^of ${latest.count}`))).toBeInTheDocument();
  });

  it('shows a one-time test its only run, all-time figures one click away, and bounds the calls per page', async () => {
    const done = await createTestVia(api, {
      name: 'Finished check',
      emails: ['jane.cooper@acme-outbound.com'],
    });
    await api.control('clock', { advanceMs: 4 * HOUR });
    await createTestVia(api, {
      name: 'Just created',
      type: 2,
      schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
      status: 2,
    });
    const expected = (await statsOf(done.id))!;
    expect(expected.count).toBeGreaterThan(0);
    api.requests.length = 0;

    const { history } = renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    const finished = await rowOf('Finished check');
    expect(await within(finished).findByText(formatPercent(expected.inbox_percent))).toBeInTheDocument();
    expect(within(finished).getByText('Its only run')).toBeInTheDocument();
    expect(await within(await rowOf('Just created')).findByText('No results yet')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByText('Loading')).toHaveLength(0));
    // One all-time call for the page and at most one per day of the look-back window.
    expect(statsRequests().length).toBeLessThanOrEqual(1 + RUN_LOOKBACK_DAYS);

    await userEvent.click(screen.getByRole('button', { name: 'All-time figures' }));
    expect(history.at(-1)).toBe('/tests?figures=all-time');
    expect(screen.getAllByRole('columnheader', { name: /Inbox all time/ })).toHaveLength(1);
    expect(
      await within(await rowOf('Finished check')).findByText(`of ${expected.count} received, all time`),
    ).toBeInTheDocument();
  });

  it('finds the latest run of a test paused before the look-back window with one call for that test', async () => {
    const DAY = 24 * HOUR;
    const name = 'Paused long ago';
    // Its only run was 20 days ago; it was paused right after, so nothing ran since.
    await api.control('clock', { advanceMs: -20 * DAY });
    const created = await createTestVia(api, {
      name,
      type: 2,
      schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
      run_immediately: true,
      emails: ['jane.cooper@acme-outbound.com'],
    });
    await api.control('clock', { advanceMs: 4 * HOUR });
    await api.fetch(`/api/v2/inbox-placement-tests/${created.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 2 }),
    });
    await api.control('clock', { advanceMs: 20 * DAY - 4 * HOUR });
    const days = (await post<DateStats[]>('stats-by-date', { test_id: created.id })).filter(
      (d) => d.received_count > 0,
    );
    expect(days).toHaveLength(1);
    const runDay = days[0]!.timestamp_created_date;
    const figures = (await statsOf(created.id, { date_from: runDay, date_to: runDay }))!;
    api.requests.length = 0;

    renderWithEmulator(<TestsListPage />, api, { path: `/tests?q=${encodeURIComponent(name)}` });
    const row = await rowOf(name);
    expect(await within(row).findByText(formatRunDay(runDay))).toBeInTheDocument();
    expect(within(row).getByText(formatPercent(figures.inbox_percent))).toBeInTheDocument();
    expect(within(row).getByText(`${formatPercent(figures.spam_percent)} spam`)).toBeInTheDocument();
    expect(within(row).getByText('No run before it')).toBeInTheDocument();
    expect(within(row).queryByText('No run in 15 days')).not.toBeInTheDocument();
    const byDate = api.requests.filter(
      (r) => new URL(r.url).pathname === '/api/v2/inbox-placement-analytics/stats-by-date',
    );
    // The page holds this test only: one call for it, none for tests whose run is in the window.
    expect(byDate).toHaveLength(1);
  });

  it('a failed figures request leaves the rows usable and says the figures did not load', async () => {
    await createTestVia(api, { name: 'Weekly Gmail check' });
    await api.control('faults', { errorRate: 1, methods: ['POST'], paths: 'stats-by-test-id' });

    renderWithEmulator(<TestsListPage />, api, { path: '/tests' });
    const row = await rowOf('Weekly Gmail check');
    await waitFor(() => expect(within(row).getAllByText('Not loaded').length).toBeGreaterThan(0));
    expect(within(row).getAllByText('Not loaded')[0]).toHaveAttribute(
      'title',
      expect.stringMatching(/Injected fault/),
    );
    expect(within(row).getByRole('button', { name: 'Pause Weekly Gmail check' })).toBeEnabled();
  });
});
