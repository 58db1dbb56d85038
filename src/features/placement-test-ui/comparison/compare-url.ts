/**
 * The compare page's address, `/compare?a=<test id>&b=<test id>[&a_run=YYYY-MM-DD][&b_run=…]`
 * (conventions: URL is state): a link that can be shared and reloaded. Without a run a side is
 * the test's newest run; two sides of one test without runs are its previous and newest runs.
 * The client report of a comparison takes the same parameters (`/report?…`).
 */
export interface SideRef {
  testId: string;
  /** A run day (UTC), or null for the newest run. */
  run: string | null;
}

export interface CompareRef {
  a: SideRef;
  b: SideRef;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ParsedCompare = { ok: true; ref: CompareRef } | { ok: false; problem: string };

function side(params: URLSearchParams, key: 'a' | 'b'): SideRef | string {
  const testId = params.get(key);
  const run = params.get(`${key}_run`);
  const name = key.toUpperCase();
  if (!testId) return `Side ${name} names no test.`;
  if (!ID.test(testId)) return `Side ${name}’s test id is not one Instantly gives.`;
  if (run !== null && (!DATE.test(run) || Number.isNaN(Date.parse(run)))) {
    return `Side ${name}’s run “${run.slice(0, 40)}” is not a date (YYYY-MM-DD).`;
  }
  return { testId, run };
}

export function parseCompare(params: URLSearchParams): ParsedCompare {
  const a = side(params, 'a');
  if (typeof a === 'string') return { ok: false, problem: a };
  const b = side(params, 'b');
  if (typeof b === 'string') return { ok: false, problem: b };
  if (a.testId === b.testId && a.run !== null && a.run === b.run) {
    return { ok: false, problem: 'Both sides are the same run: pick two different runs.' };
  }
  return { ok: true, ref: { a, b } };
}

export function compareSearch(ref: CompareRef): string {
  const params = new URLSearchParams({ a: ref.a.testId, b: ref.b.testId });
  if (ref.a.run) params.set('a_run', ref.a.run);
  if (ref.b.run) params.set('b_run', ref.b.run);
  return params.toString();
}

/** Which run each side resolves to, given each test's run days (newest first). */
export function resolveRuns(
  ref: CompareRef,
  runsA: readonly string[],
  runsB: readonly string[],
): { a: string | null; b: string | null } {
  if (ref.a.testId === ref.b.testId && !ref.a.run && !ref.b.run) {
    return { a: runsA[1] ?? null, b: runsB[0] ?? null };
  }
  const pick = (run: string | null, runs: readonly string[], other: string | null) =>
    run ?? (ref.a.testId === ref.b.testId ? (runs.find((r) => r !== other) ?? null) : (runs[0] ?? null));
  return { a: pick(ref.a.run, runsA, ref.b.run), b: pick(ref.b.run, runsB, ref.a.run) };
}
