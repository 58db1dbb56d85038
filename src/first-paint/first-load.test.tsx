import { screen, waitFor } from '@testing-library/react';
import { planRunDayCalls } from '../../core/rules/latest-run';
import { describe, expect, it } from 'vitest';
import { getStatsByTestId } from '../api/analytics/requests';
import { listPlacementTests } from '../api/placement-tests/requests';
import type { ServerStatus } from '../../core/contract/server-status';
import { firstPageJson, takeFirstPage, type FirstPage } from './first-page';
import { FIRST_PAGE_ELEMENT_ID } from '../../core/contract/first-paint';
import { prefetchTestsList } from './prefetch-tests-list';
import { runDayBody } from '../features/tests-list/use-latest-runs';
import { TestsListPage } from '../features/tests-list/tests-list-page';
import {
  createTestVia,
  renderWithEmulator,
  emulatorPerTest,
  type EmulatorApi,
} from '../../testing/components/render-with-emulator';
import { BackendStatus } from '../app/backend-status';
import { createQueryClient } from '../app/query-client';

let api: EmulatorApi;
emulatorPerTest({}, (started) => (api = started));

const listRequests = () =>
  api.requests.filter(
    (r) => r.method === 'GET' && new URL(r.url).pathname === '/api/v2/inbox-placement-tests',
  );

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
    expect(Object.fromEntries(new URL(listRequests()[0]!.url).searchParams)).toEqual({
      limit: '25',
      sort_order: 'desc',
    });
  });
});

describe('first load from the page the server drew (ADR 011)', () => {
  // The demo workspace: its senders have results once a run happens.
  // (The outer emulator is started too, and closed after, like this one.)
  emulatorPerTest({ demoData: true }, (started) => (api = started));

  /** The first page as server/first-paint/first-paint.ts hands it over: the API's answers, in the HTML. */
  async function drawnPage(
    workspace: string | null,
    params = { limit: 25, sort_order: 'desc' as const },
  ): Promise<FirstPage> {
    const page = await listPlacementTests(params);
    const fetchedAt = Date.now();
    const stats = await getStatsByTestId({ test_ids: page.items.map((t) => t.id) });
    // The automated tests' latest runs: one question per day they may have run, as the server asks.
    const runDays = await Promise.all(
      planRunDayCalls(page.items, new Date(fetchedAt)).map(async (call) => ({
        ...call,
        stats: await getStatsByTestId(runDayBody(call)),
      })),
    );
    api.requests.length = 0;
    return { workspace, params, fetchedAt, page, stats, runDays };
  }

  function putInDocument(firstPage: FirstPage) {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = FIRST_PAGE_ELEMENT_ID;
    element.textContent = firstPageJson(firstPage);
    document.body.append(element);
  }

  it('starts from its rows and figures without asking for them again', async () => {
    await createTestVia(api, { name: 'Drawn on the server', emails: ['jane.cooper@acme-outbound.com'] });
    // Its first run happens and results come in (the emulator's clock).
    await api.control('clock', { advanceMs: 4 * 3_600_000 });
    const drawn = await drawnPage(null);
    expect(drawn.stats?.[0]?.count).toBeGreaterThan(0);
    putInDocument(drawn);
    const queryClient = createQueryClient();

    const { firstPage } = takeFirstPage();
    expect(document.getElementById(FIRST_PAGE_ELEMENT_ID)).toBeNull();
    expect(
      prefetchTestsList(queryClient, { pathname: '/tests', search: '' }, { workspace: null, firstPage }),
    ).toBe(true);

    renderWithEmulator(<TestsListPage />, api, { path: '/tests', queryClient });
    expect(await screen.findByRole('link', { name: 'Drawn on the server' })).toBeInTheDocument();
    // Once the run is final the cell adds ", N missing" (ADR 019); when that is depends on the clock.
    expect(
      await screen.findByText(new RegExp(`^of ${drawn.stats?.[0]?.count} received(, \\d+ missing)?$`)),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByText('Loading')).toHaveLength(0));
    const asked = api.requests.map((r) => new URL(r.url).pathname);
    expect(asked).not.toContain('/api/v2/inbox-placement-tests');
    // The all-time figures and the latest-run days of its automated tests came with the page.
    expect(drawn.runDays?.length).toBeGreaterThan(0);
    expect(asked).not.toContain('/api/v2/inbox-placement-analytics/stats-by-test-id');
  });

  it('draws the header from the status the server handed over, without asking /api/status', async () => {
    const status: ServerStatus = {
      backend: 'emulator',
      label: 'Emulator',
      ok: true,
      status: 200,
      state: 'connected',
      workspaces: [],
      workspace: null,
      auth: false,
    };
    putInDocument({ ...(await drawnPage(null)), status });
    const queryClient = createQueryClient();
    const { firstPage } = takeFirstPage();
    expect(firstPage?.status).toEqual(status);
    prefetchTestsList(queryClient, { pathname: '/tests', search: '' }, { workspace: null, firstPage });

    renderWithEmulator(<BackendStatus />, api, { path: '/tests', queryClient });
    // At once: no "Connecting…" while an answer is on its way.
    expect(screen.getByRole('status', { name: 'Emulator: connected' })).toBeInTheDocument();
    expect(api.requests.map((r) => new URL(r.url).pathname)).not.toContain('/api/status');
  });

  it('asks the API itself when the drawn page is for another workspace or another view', async () => {
    const firstPage = await drawnPage('acme');
    const queryClient = createQueryClient();
    expect(
      prefetchTestsList(queryClient, { pathname: '/tests', search: '' }, { workspace: 'globex', firstPage }),
    ).toBe(false);
    expect(
      prefetchTestsList(
        queryClient,
        { pathname: '/tests', search: '?status=paused' },
        { workspace: 'acme', firstPage },
      ),
    ).toBe(false);
    await waitFor(() => expect(listRequests()).toHaveLength(2));
  });

  it('ignores a data element it cannot read', () => {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = FIRST_PAGE_ELEMENT_ID;
    element.textContent = '{"fetchedAt": "yesterday"';
    document.body.append(element);
    expect(takeFirstPage()).toEqual({ firstPage: null, retryAfterMs: null });
    expect(document.getElementById(FIRST_PAGE_ELEMENT_ID)).toBeNull();
  });
});
