import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo } from 'react';
import { analyticsQueries } from '../../api/analytics/queries';
import { getErrorMessage } from '../../api/errors';
import type { TestStats } from '../../../core/contract/analytics';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import {
  candidateRunDays,
  latestRunFromDays,
  latestRunOf,
  planRunDayCalls,
  type LatestRun,
} from '../../../core/rules/latest-run';
import type { DateStats } from '../../../core/contract/analytics';
import type { InboxRate } from './use-inbox-rates';
import { candidateRunDaysOf } from './handed-run-days';

/** What a row knows about its figures: all-time (one call per page) and its latest run (ADR 019). */
export interface RowFigures {
  allTime: InboxRate;
  latest:
    | { state: 'loading' }
    | { state: 'error'; message: string }
    | { state: 'ready'; run: LatestRun<TestStats> | null };
}

const LOADING = { state: 'loading' } as const;
const LOADING_FIGURES: RowFigures = { allTime: LOADING, latest: LOADING };

/** The body of one day's question: the tests of a page that may have run that day. */
export function runDayBody(call: { date: string; testIds: string[] }) {
  return { test_ids: call.testIds, date_from: call.date, date_to: call.date };
}

type DayAnswer = 'loading' | { error: string } | { stats: TestStats | null };

/**
 * Each loaded test's latest run and the run before it. Per page of tests: one `stats-by-test-id`
 * call per day on which any of its automated tests may have run in the last 15 days
 * (core/rules/latest-run.ts), at most 15 however many tests the page holds; one-time tests need
 * none, their all-time figures being their only run. "Load more" asks only for the new page.
 */
export function useLatestRuns(
  pages: readonly { items: readonly PlacementTest[] }[],
  allTime: ReadonlyMap<string, InboxRate>,
  now: Date,
): ReadonlyMap<string, RowFigures> {
  // Per day, not per minute: the plan (and so the query keys) changes only when the date does.
  const today = now.toISOString().slice(0, 10);
  const plan = useMemo(() => {
    const at = now;
    const candidates = new Map<string, ReturnType<typeof candidateRunDays>>();
    for (const page of pages)
      for (const t of page.items) if (t.type === 2) candidates.set(t.id, candidateRunDaysOf(t, at));
    const calls = pages.flatMap((page) => planRunDayCalls(page.items, at, (t) => candidates.get(t.id) ?? []));
    return { at, candidates, calls };
    // `now` moves every minute; the plan follows the day only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pages, today]);

  const combine = useCallback(
    (results: UseQueryResult<TestStats[]>[]) => {
      const answers = new Map<string, Map<string, DayAnswer>>();
      results.forEach((result, i) => {
        const call = plan.calls[i];
        if (!call) return;
        const byId = result.data ? new Map(result.data.map((s) => [s.test_id, s])) : null;
        for (const id of call.testIds) {
          const answer: DayAnswer = byId
            ? { stats: byId.get(id) ?? null }
            : result.isError
              ? { error: getErrorMessage(result.error) }
              : 'loading';
          const days = answers.get(id) ?? new Map<string, DayAnswer>();
          days.set(call.date, answer);
          answers.set(id, days);
        }
      });
      return answers;
    },
    [plan],
  );

  const answers = useQueries({
    queries: plan.calls.map((call) => ({
      ...analyticsQueries.statsByTestId(runDayBody(call)),
      staleTime: 60_000,
    })),
    combine,
  });

  const windowed = useMemo(() => {
    const figures = new Map<string, RowFigures>();
    for (const page of pages) {
      for (const t of page.items) {
        const rate = allTime.get(t.id) ?? LOADING;
        figures.set(t.id, { allTime: rate, latest: latestOf(t, rate, answers.get(t.id), plan) });
      }
    }
    return figures;
  }, [pages, allTime, answers, plan]);

  // Automated tests with results but no run in the window (paused weeks ago): one
  // `stats-by-date` call each finds their latest run (ADR 019).
  const stale = useMemo(
    () =>
      pages.flatMap((page) =>
        page.items.filter((t) => {
          const latest = windowed.get(t.id)?.latest;
          return t.type === 2 && latest?.state === 'ready' && latest.run === null;
        }),
      ),
    [pages, windowed],
  );
  const older = useQueries({
    queries: stale.map((t) => ({ ...analyticsQueries.statsByDate({ test_id: t.id }), staleTime: 60_000 })),
    combine: olderAnswers,
  });

  return useMemo(() => {
    if (stale.length === 0) return windowed;
    const figures = new Map(windowed);
    stale.forEach((t, i) => {
      const answer = older[i];
      const current = windowed.get(t.id);
      if (!answer || !current) return;
      figures.set(t.id, { ...current, latest: olderRun(t, answer, plan.at) });
    });
    return figures;
  }, [windowed, stale, older, plan.at]);
}

type OlderAnswer = { days: DateStats[] } | { error: string } | 'loading';

/** Stable between renders while the answers stay the same (React Query's structural sharing). */
function olderAnswers(results: UseQueryResult<DateStats[]>[]): OlderAnswer[] {
  return results.map((r) =>
    r.data ? { days: r.data } : r.isError ? { error: getErrorMessage(r.error) } : 'loading',
  );
}

function olderRun(t: PlacementTest, answer: OlderAnswer, now: Date): RowFigures['latest'] {
  if (answer === 'loading') return LOADING;
  if ('error' in answer) return { state: 'error', message: answer.error };
  return { state: 'ready', run: latestRunFromDays(t, answer.days, now) };
}

function latestOf(
  t: PlacementTest,
  rate: InboxRate,
  days: Map<string, DayAnswer> | undefined,
  plan: { at: Date; candidates: Map<string, ReturnType<typeof candidateRunDays>> },
): RowFigures['latest'] {
  if (rate.state !== 'ready') return rate;
  if (!rate.stats || rate.stats.count === 0) return { state: 'ready', run: null };
  const candidates = plan.candidates.get(t.id);
  if (t.type === 2 && candidates) {
    // The newest day with results is the latest run only once every newer day has answered.
    for (const { date } of candidates) {
      const answer = days?.get(date) ?? 'loading';
      if (answer === 'loading') return LOADING;
      if ('error' in answer) return { state: 'error', message: answer.error };
    }
  }
  const dayFigures = (date: string) => {
    const answer = days?.get(date);
    return answer && answer !== 'loading' && 'stats' in answer ? answer.stats : null;
  };
  return { state: 'ready', run: latestRunOf(t, rate.stats, dayFigures, plan.at, candidates) };
}

/** Figures reach the cells through context, so their arrival re-renders the cells, not whole rows. */
export const RowFiguresContext = createContext<ReadonlyMap<string, RowFigures>>(new Map());

export function useRowFigures(testId: string): RowFigures {
  return useContext(RowFiguresContext).get(testId) ?? LOADING_FIGURES;
}

/** Which figures the Inbox and Spam columns show (the view's `figures`). */
export const FiguresModeContext = createContext<'latest' | 'all-time'>('latest');
