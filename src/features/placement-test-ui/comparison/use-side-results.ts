import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { analyticsQueries } from '../../../api/analytics/queries';
import { placementTestQueries } from '../../../api/placement-tests/queries';
import { reportQueries } from '../../../api/reports/queries';
import { runDates } from '../../../lib/results/window-dates';

/**
 * The calls behind one side of a comparison or report, all through the app's own query
 * factories (docs/benchmarks.md "Compare and report: calls"):
 * - the test (1) and its run days, stats-by-date (1): shared when both sides are one test;
 * - the run's rows, 100 a page, at most MAX_SIDE_RECORD_PAGES pages;
 * - the run's blacklist & SpamAssassin reports, one page of 100 (one report per domain per run).
 */
export const MAX_SIDE_RECORD_PAGES = 20;

export function useSideTest(testId: string) {
  const placementTest = useQuery(placementTestQueries.detail(testId));
  const days = useQuery(analyticsQueries.statsByDate({ test_id: testId }));
  return { placementTest, days, runs: runDates(days.data ?? []) };
}

/** The rows and reports of one run; waits until the run is known. */
export function useRunResults(testId: string, run: string | null) {
  const range = { date_from: run ?? '', date_to: run ?? '' };
  const records = useQuery({
    ...analyticsQueries.allRecords({ test_id: testId, ...range }, MAX_SIDE_RECORD_PAGES),
    enabled: run !== null,
  });
  const reports = useInfiniteQuery({
    ...reportQueries.list({ test_id: testId, limit: 100, ...range }),
    enabled: run !== null,
    select: (data) => data.pages[0]?.items ?? [],
  });
  return { records, reports };
}
