import { RESULTS_GRACE_MS } from './placement';
import { nextRun, type ScheduleLike } from './schedule';

/**
 * A test's latest run and the run before it, as the tests list shows them (ADR 019). A run is a
 * UTC day of results, as on the result page (a schedule runs once a day at one time).
 *
 * The list endpoint says nothing about runs, and `stats-by-date` answers for one test at a time
 * (100 calls for a page of 100). `stats-by-test-id` takes many tests and one date range, so the
 * page asks it once per day on which any of its tests may have run in the look-back window,
 * with the tests that may have run that day: at most `RUN_LOOKBACK_DAYS` calls per page however
 * many tests it holds, plus the all-time call the list already makes.
 */

/**
 * Today and the 14 days before it: a weekly schedule's latest run (up to 7 days ago) and the
 * one before it (up to 14 days ago) both fall inside.
 */
export const RUN_LOOKBACK_DAYS = 15;

const DAY_MS = 86_400_000;
/** The UTC date (YYYY-MM-DD) of an instant in ms: the day a run's results are filed under. */
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Orders ISO dates newest first. They sort as plain strings; `localeCompare` would load the
 * locale's collation during the list's first render (12 ms on a fast machine, docs/benchmarks.md).
 */
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export interface RunTestLike {
  id: string;
  type: number;
  status?: number | null;
  sending_method?: number;
  schedule?: ScheduleLike | null;
  timestamp_created: string;
  emails?: readonly string[];
  recipients?: readonly string[];
}

/** The figures `stats-by-test-id` returns for one test over one range. */
export interface RunFigures {
  count: number;
  inbox_percent: number;
  spam_percent: number;
  category_percent: number;
}

/** The days a test may have run on inside the window, newest first, with the latest time it may have started that day. */
export function candidateRunDays(test: RunTestLike, now: Date): { date: string; startedAt: number }[] {
  const nowMs = now.getTime();
  const windowStart = Date.parse(`${utcDay(nowMs - (RUN_LOOKBACK_DAYS - 1) * DAY_MS)}T00:00:00Z`);
  const days = new Map<string, number>();
  const created = Date.parse(test.timestamp_created);
  // Nothing runs before the test exists.
  const from = Math.max(windowStart, Number.isNaN(created) ? windowStart : created);
  const add = (ms: number) => {
    if (ms < from || ms > nowMs) return;
    const date = utcDay(ms);
    days.set(date, Math.max(days.get(date) ?? 0, ms));
  };
  // A test runs once on the day it is created ("run now", one-time tests)…
  add(created);
  // …and then on its schedule's days; today is always asked, as a run started by hand or
  // just now may sit off the schedule, and its time is unknown (so taken as now).
  if (test.type === 2) {
    // One run at a time, stopping at the first one after now: a schedule runs at most once a
    // day, so the window holds at most RUN_LOOKBACK_DAYS of them. (Each step is Intl time-zone
    // work; asking for weeks of future runs up front cost 100 ms a page on a phone.)
    let cursor = new Date(from - 1);
    for (let i = 0; i <= RUN_LOOKBACK_DAYS; i++) {
      const run = nextRun(test.schedule ?? {}, cursor);
      if (!run || run.getTime() > nowMs) break;
      add(run.getTime());
      cursor = run;
    }
    add(nowMs);
  }
  return [...days.entries()]
    .map(([date, startedAt]) => ({ date, startedAt }))
    .sort((a, b) => newestFirst(a.date, b.date));
}

/**
 * The `stats-by-test-id` calls for a page: one per candidate day, newest first, with the
 * automated tests that have results and may have run that day. One-time tests need none: their
 * all-time figures are their only run.
 */
export function planRunDayCalls(
  tests: readonly RunTestLike[],
  now: Date,
  candidatesOf: (test: RunTestLike) => readonly { date: string }[] = (test) => candidateRunDays(test, now),
): { date: string; testIds: string[] }[] {
  const byDay = new Map<string, string[]>();
  for (const test of tests) {
    if (test.type !== 2) continue;
    for (const { date } of candidatesOf(test)) {
      const ids = byDay.get(date) ?? [];
      ids.push(test.id);
      byDay.set(date, ids);
    }
  }
  return [...byDay.entries()]
    .map(([date, testIds]) => ({ date, testIds }))
    .sort((a, b) => newestFirst(a.date, b.date));
}

export interface RunSummary<F extends RunFigures = RunFigures> {
  /** The run's UTC day, YYYY-MM-DD. */
  date: string;
  figures: F;
}

export interface LatestRun<F extends RunFigures = RunFigures> extends RunSummary<F> {
  previous: RunSummary<F> | null;
  /** Inbox share now minus before, in percentage points; null without a previous run. */
  inboxChange: number | null;
  /** Nothing more can arrive: the grace period since the run started has passed. */
  final: boolean;
  /** Expected (senders × seeds) but not received, once final; null when not final or unknown. */
  missing: number | null;
}

/** What the run should have sent: senders × seed inboxes; null for outside sending (no senders listed). */
export function expectedPerRun(test: RunTestLike): number | null {
  const senders = test.emails?.length ?? 0;
  if (test.sending_method === 2 || senders === 0) return null;
  return senders * (test.recipients?.length ?? 0);
}

function finish<F extends RunFigures>(
  test: RunTestLike,
  latest: RunSummary<F>,
  previous: RunSummary<F> | null,
  startedAt: number,
  now: Date,
): LatestRun<F> {
  // A one-time test that is still Active is still collecting, whenever it was created.
  const collecting = test.type !== 2 && test.status === 1;
  const final = test.status === 3 || (!collecting && now.getTime() - startedAt > RESULTS_GRACE_MS);
  const expected = expectedPerRun(test);
  return {
    ...latest,
    previous,
    inboxChange: previous ? latest.figures.inbox_percent - previous.figures.inbox_percent : null,
    final,
    missing: final && expected !== null ? Math.max(0, expected - latest.figures.count) : null,
  };
}

/**
 * The latest run of a test from the answers: for a one-time test its all-time figures (its only
 * run, on the day it was created); for an automated test the newest candidate day with received
 * emails, and the one before it. `dayFigures(date)` is the test's row in that day's answer.
 * Null when the test has no run with results in the window.
 */
export function latestRunOf<F extends RunFigures>(
  test: RunTestLike,
  allTime: F | null | undefined,
  dayFigures: (date: string) => F | null | undefined,
  now: Date,
  candidates: readonly { date: string; startedAt: number }[] = candidateRunDays(test, now),
): LatestRun<F> | null {
  if (!allTime || allTime.count === 0) return null;
  if (test.type !== 2) {
    const created = Date.parse(test.timestamp_created);
    return finish(test, { date: utcDay(created), figures: allTime }, null, created, now);
  }
  const runs = candidates.flatMap(({ date, startedAt }) => {
    const figures = dayFigures(date);
    return figures && figures.count > 0 ? [{ date, figures, startedAt }] : [];
  });
  const [latest, previous] = runs;
  if (!latest) return null;
  return finish(
    test,
    { date: latest.date, figures: latest.figures },
    previous ? { date: previous.date, figures: previous.figures } : null,
    latest.startedAt,
    now,
  );
}

/** One day of `stats-by-date` for one test (the fields used here). */
export interface DayTotals {
  timestamp_created_date: string;
  received_count: number;
  inbox_count: number;
  spam_count: number;
  category_count: number;
}

/** A share in percent with two decimals, as the API rounds its own. */
const percent = (part: number, whole: number) => Math.round((10_000 * part) / whole) / 100;

/** One day of `stats-by-date` as `stats-by-test-id` would answer for that test and day. */
export function dayTestStats(testId: string, day: DayTotals) {
  const count = day.received_count;
  return {
    test_id: testId,
    count,
    inbox_count: day.inbox_count,
    inbox_percent: percent(day.inbox_count, count),
    spam_count: day.spam_count,
    spam_percent: percent(day.spam_count, count),
    category_count: day.category_count,
    category_percent: percent(day.category_count, count),
  };
}

/**
 * The fallback for an automated test with results but no run in the look-back window (one
 * paused weeks ago): its latest run and the one before, from its own `stats-by-date` answer
 * (one call for that test only). Null when no day received anything.
 */
export function latestRunFromDays(
  test: RunTestLike,
  days: readonly DayTotals[],
  now: Date,
): LatestRun<ReturnType<typeof dayTestStats>> | null {
  const runs = days
    .filter((d) => d.received_count > 0)
    .toSorted((a, b) => newestFirst(a.timestamp_created_date, b.timestamp_created_date))
    .map((d) => ({ date: d.timestamp_created_date, figures: dayTestStats(test.id, d) }));
  const [latest, previous] = runs;
  if (!latest) return null;
  // When that day's run started is not known: the day's end is the latest it could have.
  const dayEnd = Date.parse(`${latest.date}T00:00:00Z`) + DAY_MS - 1;
  return finish(test, latest, previous ?? null, dayEnd, now);
}
