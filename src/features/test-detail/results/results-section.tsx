import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from '../../../components/use-search-params';
import { analyticsQueries } from '../../../api/analytics/queries';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { ResultsBlockSkeleton } from '../detail-skeleton';
import { useNow } from '../../../components/use-now';
import { NoResults } from './no-results';
import { defaultWindow, parseWindow, runDates, windowValue, type ResultsWindow } from '../../../lib/results/window-dates';
import { REFRESH_MS } from './use-window-queries';
import { WindowResults } from './window-panels';

/** Results for the window in the URL (`?window=`), by default the newest run. */
export function ResultsSection({ placementTest }: { placementTest: PlacementTestDetail }) {
  const now = useNow(30_000);
  const [params, setParams] = useSearchParams();
  const { status, sending_method: method, timestamp_next_run: next } = placementTest;
  const days = useQuery({
    ...analyticsQueries.statsByDate({ test_id: placementTest.id }),
    // Nothing sent yet: watch for the first emails when they are due (or, sent from outside, any time).
    refetchInterval: (query) =>
      !query.state.data?.some((d) => d.sent_count > 0) &&
      status === 1 &&
      (method === 2 || (next !== null && next !== undefined && Date.parse(next) <= Date.now() + REFRESH_MS))
        ? REFRESH_MS
        : false,
  });
  if (days.isPending) return <ResultsBlockSkeleton />;
  if (days.isError && !days.data) {
    return (
      <QueryErrorAlert
        title="Could not load results"
        error={days.error}
        retrying={days.isFetching}
        onRetry={() => void days.refetch()}
      />
    );
  }
  const dates = runDates(days.data);
  if (dates.length === 0) return <NoResults placementTest={placementTest} now={now} />;
  const window = parseWindow(params.get('window')) ?? defaultWindow(dates);
  const choose = (next: ResultsWindow) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set('window', windowValue(next));
      return updated;
    });
  return (
    <Stack gap="md">
      <WindowResults
        placementTest={placementTest}
        window={window}
        dates={dates}
        now={now}
        onWindowChange={choose}
      />
    </Stack>
  );
}
