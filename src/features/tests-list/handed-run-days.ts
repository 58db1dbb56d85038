import { candidateRunDays, utcDay, type RunTestLike } from '../../../core/rules/latest-run';

type RunDays = ReturnType<typeof candidateRunDays>;

/**
 * The days each automated test of the drawn page may have run on, as the server worked them out
 * for the page (`FirstPage.runStarts`): the browser takes them over instead of working them out
 * again while it takes the page over, where that work (time-zone arithmetic for every test) was
 * one unsplittable 78 ms slice of a phone's hydration (docs/benchmarks.md). Valid only for the
 * same test (schedule and creation time) at the same instant; anything else is worked out.
 */
const handed = new Map<string, number[]>();

const keyOf = (test: RunTestLike, at: number) =>
  `${test.id}|${at}|${test.timestamp_created}|${JSON.stringify(test.schedule ?? null)}`;

/** Each automated test's candidate run starts (ms), newest first; the days are their UTC dates. */
export function runStartsOf(tests: readonly (RunTestLike)[], at: number): Record<string, number[]> {
  const starts: Record<string, number[]> = {};
  for (const test of tests) if (test.type === 2) starts[test.id] = candidateRunDays(test, new Date(at)).map((day) => day.startedAt);
  return starts;
}

/** Keeps the server's answer for the tests it drew at `at` (replacing any earlier hand-over). */
export function handOverRunStarts(tests: readonly (RunTestLike)[], at: number, starts: Record<string, number[]>): void {
  handed.clear();
  for (const test of tests) {
    const list = starts[test.id];
    if (test.type !== 2 || !Array.isArray(list) || !list.every((ms) => Number.isFinite(ms))) continue;
    // Kept as handed over: the dates are worked out when a row asks, in the takeover's render.
    handed.set(keyOf(test, at), list);
  }
}

/** `candidateRunDays`, from the server's hand-over when it is for this test at this instant. */
export function candidateRunDaysOf(test: RunTestLike, at: Date): RunDays {
  const starts = handed.get(keyOf(test, at.getTime()));
  if (!starts) return candidateRunDays(test, at);
  return starts.map((startedAt) => ({ date: utcDay(startedAt), startedAt }));
}
