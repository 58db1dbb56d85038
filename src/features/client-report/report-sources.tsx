import { Alert, Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { summarizeWindow } from '../../../core/rules/window-summary';
import { QueryErrorAlert } from '../../components/query-error-alert';
import type { CompareRef } from '../placement-test-ui/comparison/compare-url';
import { comparisonProblem } from '../placement-test-ui/comparison/comparison-problem';
import { useComparison } from '../placement-test-ui/comparison/use-comparison';
import { useRunResults, useSideTest } from '../placement-test-ui/comparison/use-side-results';
import type { ReportSide } from './report-model';
import { ReportView } from './report-view';
import { useReportFindings, type LoadedRun } from './use-report-findings';

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
  if (!side.placementTest.data || !side.days.data || !chosen || !records.data || !reports.data) {
    return <Loading />;
  }
  return (
    <LoadedRunReport
      placementTest={side.placementTest.data}
      run={chosen}
      runs={side.runs}
      days={side.days.data}
      records={records.data.items}
      reports={reports.data}
    />
  );
}

function LoadedRunReport(loaded: LoadedRun) {
  const { placementTest, run, records, reports } = loaded;
  const sides = useMemo(
    () =>
      [{ testName: placementTest.name, run, summary: summarizeWindow(records, reports) }] as [ReportSide],
    [placementTest.name, run, records, reports],
  );
  const findings = useReportFindings({ ...loaded, received: sides[0].summary.total.received });
  return <ReportView sides={sides} comparison={null} findings={findings} />;
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
          ] as [ReportSide, ReportSide])
        : null,
    [result],
  );
  const problem = comparisonProblem(result, 'report');
  if (problem) return problem;
  if (result.state !== 'ready' || !sides) return <Loading />;
  return <ReportView sides={sides} comparison={result.comparison} findings={null} />;
}
