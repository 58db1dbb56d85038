import { Alert, Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { summarizeWindow } from '../../../core/rules/window-summary';
import { QueryErrorAlert } from '../../components/query-error-alert';
import type { CompareRef } from '../placement-test-ui/comparison/compare-url';
import { useComparison } from '../placement-test-ui/comparison/use-comparison';
import { useRunResults, useSideTest } from '../placement-test-ui/comparison/use-side-results';
import { ReportView } from './report-view';

const Loading = () => (
  <Stack gap="md" aria-busy="true" aria-label="Loading the report">
    <Skeleton h={200} />
    <Skeleton h={420} />
  </Stack>
);

/** The report of one run of one test (`/report?test=…&run=…`; no run: the newest). */
export function SingleReport({ testId, run }: { testId: string; run: string | null }) {
  const side = useSideTest(testId);
  const chosen = side.days.data ? (run ?? side.runs[0] ?? null) : null;
  const { records, reports } = useRunResults(testId, chosen);
  const name = side.placementTest.data?.name;
  const sides = useMemo(
    () =>
      name && chosen && records.data && reports.data
        ? ([{ testName: name, run: chosen, summary: summarizeWindow(records.data.items, reports.data) }] as [
            { testName: string; run: string; summary: ReturnType<typeof summarizeWindow> },
          ])
        : null,
    [name, chosen, records.data, reports.data],
  );
  const failed = [side.placementTest, side.days, records, reports].find(
    (q) => q.error && q.data === undefined,
  );
  if (failed?.error) {
    return (
      <QueryErrorAlert
        title="Could not load the report"
        error={failed.error}
        retrying={failed.isFetching}
        onRetry={() => void failed.refetch()}
      />
    );
  }
  if (side.days.data && !chosen) {
    return (
      <Alert color="yellow" variant="light" title="Nothing to report yet">
        This test has not sent a run yet.
      </Alert>
    );
  }
  if (!sides) return <Loading />;
  return <ReportView sides={sides} comparison={null} />;
}

/** The report of a comparison (`/report?a=…&b=…`, the compare page's parameters). */
export function ComparisonReport({ compareRef }: { compareRef: CompareRef }) {
  const result = useComparison(compareRef);
  const sides = useMemo(
    () =>
      result.state === 'ready'
        ? ([
            { testName: result.a.placementTest.name, run: result.a.run, summary: result.a.summary },
            { testName: result.b.placementTest.name, run: result.b.run, summary: result.b.summary },
          ] as [
            { testName: string; run: string; summary: ReturnType<typeof summarizeWindow> },
            { testName: string; run: string; summary: ReturnType<typeof summarizeWindow> },
          ])
        : null,
    [result],
  );
  if (result.state === 'error') {
    return (
      <QueryErrorAlert
        title={result.title}
        error={result.error}
        retrying={result.retrying}
        onRetry={result.retry}
      />
    );
  }
  if (result.state === 'no-run') {
    return (
      <Alert color="yellow" variant="light" title={`Side ${result.side} has no results to report`}>
        “{result.placementTest.name}” has not sent a run yet.
      </Alert>
    );
  }
  if (result.state !== 'ready' || !sides) return <Loading />;
  return <ReportView sides={sides} comparison={result.comparison} />;
}
