import { useMemo } from 'react';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { compareWindows, type Comparison } from '../../../../core/rules/compare';
import { setupFactsOf } from '../../../../core/rules/setup-diff';
import { summarizeWindow, type WindowSummary } from '../../../../core/rules/window-summary';
import { resolveRuns, type CompareRef } from './compare-url';
import { useRunResults, useSideTest } from './use-side-results';

export interface LoadedSide {
  placementTest: PlacementTestDetail;
  run: string;
  runs: string[];
  summary: WindowSummary;
  /** The run had more rows than MAX_SIDE_RECORD_PAGES pages: figures cover the first ones. */
  truncated: boolean;
}

export type ComparisonState =
  | { state: 'loading' }
  | { state: 'error'; title: string; error: Error; retrying: boolean; retry: () => void }
  | { state: 'no-run'; side: 'A' | 'B'; placementTest: PlacementTestDetail; sameTest: boolean }
  | { state: 'ready'; a: LoadedSide; b: LoadedSide; comparison: Comparison; sameTest: boolean };

type Query = { error: Error | null; data?: unknown; isFetching: boolean; refetch: () => unknown };

function firstError(title: string, queries: Query[]): ComparisonState | null {
  const failed = queries.find((q) => q.error && q.data === undefined);
  if (!failed?.error) return null;
  return {
    state: 'error',
    title,
    error: failed.error,
    retrying: failed.isFetching,
    retry: () => void failed.refetch(),
  };
}

/** Both sides of `ref`, loaded and compared (A is the reference, B the one compared with it). */
export function useComparison(ref: CompareRef): ComparisonState {
  const sideA = useSideTest(ref.a.testId);
  const sideB = useSideTest(ref.b.testId);
  const runs = resolveRuns(ref, sideA.runs, sideB.runs);
  const knownA = sideA.days.data !== undefined;
  const knownB = sideB.days.data !== undefined;
  const resultsA = useRunResults(ref.a.testId, knownA ? runs.a : null);
  const resultsB = useRunResults(ref.b.testId, knownB ? runs.b : null);
  const sameTest = ref.a.testId === ref.b.testId;

  const recordsA = resultsA.records.data;
  const recordsB = resultsB.records.data;
  const reportsA = resultsA.reports.data;
  const reportsB = resultsB.reports.data;
  const testA = sideA.placementTest.data;
  const testB = sideB.placementTest.data;
  const summaries = useMemo(
    () =>
      recordsA && recordsB && reportsA && reportsB
        ? { a: summarizeWindow(recordsA.items, reportsA), b: summarizeWindow(recordsB.items, reportsB) }
        : null,
    [recordsA, recordsB, reportsA, reportsB],
  );
  const comparison = useMemo(
    () =>
      summaries && testA && testB
        ? compareWindows(
            { setup: setupFactsOf(testA), summary: summaries.a },
            { setup: setupFactsOf(testB), summary: summaries.b },
            { sameTest },
          )
        : null,
    [summaries, testA, testB, sameTest],
  );

  const testError = firstError('Could not load the tests', [
    sideA.placementTest,
    sideB.placementTest,
    sideA.days,
    sideB.days,
  ]);
  if (testError) return testError;
  if (!testA || !testB || !knownA || !knownB) return { state: 'loading' };
  if (!runs.a) return { state: 'no-run', side: 'A', placementTest: testA, sameTest };
  if (!runs.b) return { state: 'no-run', side: 'B', placementTest: testB, sameTest };
  const resultsError = firstError('Could not load the results', [
    resultsA.records,
    resultsB.records,
    resultsA.reports,
    resultsB.reports,
  ]);
  if (resultsError) return resultsError;
  if (!comparison || !summaries || !recordsA || !recordsB) return { state: 'loading' };
  return {
    state: 'ready',
    sameTest,
    comparison,
    a: {
      placementTest: testA,
      run: runs.a,
      runs: sideA.runs,
      summary: summaries.a,
      truncated: recordsA.truncated,
    },
    b: {
      placementTest: testB,
      run: runs.b,
      runs: sideB.runs,
      summary: summaries.b,
      truncated: recordsB.truncated,
    },
  };
}
