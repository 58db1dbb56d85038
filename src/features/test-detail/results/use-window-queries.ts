import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { analyticsKeys, analyticsQueries } from '../../../api/analytics/queries';
import type { DateStats } from '../../../../core/contract/analytics';
import { placementTestQueries } from '../../../api/placement-tests/queries';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { reportQueries } from '../../../api/reports/queries';
import { computeCompleteness, type Completeness } from './completeness';
import { datesInWindow, windowRange, type ResultsWindow } from '../../../lib/results/window-dates';

/** How often results refresh while emails are still arriving (seed inboxes are polled ~25 min). */
export const REFRESH_MS = 30_000;
export const MAX_RECORD_PAGES = 50;

type AllRecords = { items: { timestamp_created: string }[]; truncated: boolean };

/**
 * `now` is the page's clock (`useNow` in src/components/use-now.ts), ticking while the page is open.
 * Everything the results of one window need: the run days (stats-by-date), the headline
 * (stats-by-test-id), every record (for per-sender, per-domain and per-provider figures) and the
 * reports. While results are still arriving, all of them, and the test itself, refresh every
 * REFRESH_MS; the interval is worked out from the cached data each time, so it stops by itself.
 */
export function useWindowResults(
  placementTest: PlacementTest,
  window: ResultsWindow,
  now: Date,
  expectedPerRun: number | null,
) {
  const queryClient = useQueryClient();
  const testId = placementTest.id;
  const range = windowRange(window, now);
  const finished = placementTest.type === 1 && placementTest.status === 3;
  const daysOptions = analyticsQueries.statsByDate({ test_id: testId });
  const recordsOptions = analyticsQueries.allRecords({ test_id: testId, ...range }, MAX_RECORD_PAGES);

  const completenessFrom = (
    days: readonly DateStats[] | undefined,
    lastSentAt: string | undefined,
    at: Date,
  ): Completeness => {
    const dates = (days ?? []).map((d) => d.timestamp_created_date);
    const inWindow = new Set(datesInWindow(window, dates, now));
    return computeCompleteness({
      expectedPerRun,
      days: (days ?? []).filter((d) => inWindow.has(d.timestamp_created_date)),
      lastSentAt,
      now: at,
      finished,
    });
  };
  const refetchInterval = () => {
    const days = queryClient.getQueryData<DateStats[]>(analyticsKeys.statsByDate({ test_id: testId }));
    const records = queryClient.getQueryData<AllRecords>(recordsOptions.queryKey);
    const state = completenessFrom(days, records?.items[0]?.timestamp_created, new Date()).state;
    return state === 'collecting' ? REFRESH_MS : false;
  };

  const days = useQuery({ ...daysOptions, refetchInterval });
  const records = useQuery({ ...recordsOptions, refetchInterval });
  const stats = useQuery({
    ...analyticsQueries.statsByTestId({ test_ids: [testId], ...range }),
    refetchInterval,
  });
  const reports = useInfiniteQuery({
    ...reportQueries.list({ test_id: testId, limit: 100, ...range }),
    refetchInterval,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
  // Watching the test too: a one-time test becomes Completed once its results are final.
  useQuery({ ...placementTestQueries.detail(testId), refetchInterval });

  const completeness = completenessFrom(days.data, records.data?.items[0]?.timestamp_created, now);
  return { days, records, stats, reports, completeness };
}
