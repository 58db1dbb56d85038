/**
 * The server's entry (built by `vite build --ssr`, run in server/first-paint/first-paint-worker.mjs): draws the
 * list page with its first page of tests into HTML, so the rows are on screen before any script
 * has loaded. The browser's app (main.tsx) then takes this markup over (hydration) from the same
 * data. ADR 011.
 */
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import { buildUrl } from '../api/http';
import { STATS_BY_TEST_ID_PATH } from '../api/analytics/requests';
import { PLACEMENT_TESTS_PATH } from '../api/placement-tests/requests';
import {
  checkPage,
  checkStats,
  checkStatus,
  firstPageJson,
  firstPageParams,
  seedFirstPage,
  type FirstPage,
  type PlacementTestsPage,
} from './first-page';
import { inboxRatesBody } from '../features/tests-list/use-inbox-rates';
import { runDayBody } from '../features/tests-list/use-latest-runs';
import { planRunDayCalls, utcDay } from '../../core/rules/latest-run';
import { runStartsOf } from '../features/tests-list/handed-run-days';
import { isTimeZone, withViewerTimeZone } from '../lib/format';
import type { CheckedFirstPage, FetchedFirstPage, FirstPaintEntry } from '../../core/contract/first-paint';

/**
 * The list's own address only: `/` redirects to it in the browser, which the server does not
 * draw (the browser still starts the list's request early there, prefetch-tests-list.ts).
 */
function drawnParams(location: { pathname: string; search: string }) {
  return location.pathname === '/tests' ? firstPageParams(location) : null;
}

/** The API address of the first page an address opens (`null`: nothing to draw ahead). */
export function firstPageUrl(location: { pathname: string; search: string }): string | null {
  const params = drawnParams(location);
  return params ? buildUrl(PLACEMENT_TESTS_PATH, params) : null;
}

/**
 * The list's answer checked with the app's schema (once: the page it returns is what
 * `renderFirstPaint` draws), with the question for its Inbox figures (stats-by-test-id; `null`
 * for an empty page) and one for each day its automated tests may have run as of `now` (the
 * same plan the list makes in the browser, so the answers land under the same query keys).
 * `null` when the answer fails the schema.
 */
export function checkFirstPage(answer: unknown, now: number): CheckedFirstPage<PlacementTestsPage> | null {
  const page = checkPage(answer);
  if (!page) return null;
  const url = buildUrl(STATS_BY_TEST_ID_PATH);
  return {
    page,
    stats: page.items.length > 0 ? { url, body: inboxRatesBody(page) } : null,
    runDays: planRunDayCalls(page.items, new Date(now)).map((call) => ({ url, body: runDayBody(call) })),
  };
}

/**
 * The page's HTML and the first page as JSON for the browser (`firstPageJson`), from a page that
 * `checkFirstPage` passed, or `null` for an address that is not drawn. Inbox figures (and the
 * header's backend status) that fail their schema are left to the browser.
 * Times are shown in the viewer's `timeZone` (their cookie) when it is a known zone, else in the
 * server's; `colorScheme` is the browser's last (the header's toggle is drawn for it).
 */
export function renderFirstPaint(
  location: { pathname: string; search: string },
  fetched: FetchedFirstPage<PlacementTestsPage>,
  { timeZone, colorScheme }: { timeZone?: string | null; colorScheme?: 'light' | 'dark' } = {},
): { html: string; json: string } | null {
  const params = drawnParams(location);
  if (!params) return null;
  const { page } = fetched;
  const stats = fetched.statsAnswer == null ? null : checkStats(fetched.statsAnswer);
  const status = fetched.status == null ? null : checkStatus(fetched.status);
  // Each day's figures that answered and pass the schema; the browser asks for the others.
  const runStarts = runStartsOf(page.items, fetched.fetchedAt);
  const startsOf = (t: { id: string }) => (runStarts[t.id] ?? []).map((ms) => ({ date: utcDay(ms) }));
  const runDays = planRunDayCalls(page.items, new Date(fetched.fetchedAt), startsOf).flatMap((call, i) => {
    const answer = fetched.runDayAnswers?.[i];
    const checked = answer == null ? null : checkStats(answer);
    return checked ? [{ ...call, stats: checked }] : [];
  });
  const firstPage: FirstPage = {
    workspace: fetched.workspace,
    params,
    fetchedAt: fetched.fetchedAt,
    page,
    ...(stats ? { stats } : {}),
    ...(runDays.length > 0 ? { runDays } : {}),
    ...(Object.keys(runStarts).length > 0 ? { runStarts } : {}),
    ...(status ? { status } : {}),
  };
  const queryClient = createQueryClient();
  seedFirstPage(queryClient, firstPage, { workspace: firstPage.workspace, params });
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : undefined;
  const html = withViewerTimeZone(zone, () =>
    renderToString(
      <Router ssrPath={location.pathname} ssrSearch={location.search}>
        <App initialQueryClient={queryClient} colorScheme={colorScheme} drawnAt={firstPage.fetchedAt} />
      </Router>,
    ),
  );
  queryClient.clear();
  return { html, json: firstPageJson(firstPage) };
}

/** The shape the server loads this build as: a change here that it does not expect fails typecheck. */
export const entryShape = { firstPageUrl, checkFirstPage, renderFirstPaint } satisfies FirstPaintEntry<PlacementTestsPage>;
