import type { ResultsQuery, ResultsWindow } from '../../core/contract/sender-results';
import { HORIZON_DAYS } from './sync-workspace';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const WINDOW_DAYS: Partial<Record<ResultsWindow, number>> = { '7d': 7, '30d': 30, '90d': 90 };

export type ResolvedWindow = {
  window: ResultsWindow;
  from: string;
  to: string;
  /** Null for "last run of each test": its previous is each test's run before the last. */
  previousFrom: string | null;
  previousTo: string | null;
};

/**
 * The dates a window covers (UTC days, inclusive) and the equally long window just before it,
 * which the change column compares against.
 */
export function resolveWindow(query: ResultsQuery, nowMs: number): ResolvedWindow {
  const today = Date.parse(`${iso(nowMs)}T00:00:00Z`);
  if (query.window === 'last') {
    return { window: 'last', from: iso(today - (HORIZON_DAYS - 1) * DAY_MS), to: iso(today), previousFrom: null, previousTo: null };
  }
  const days = WINDOW_DAYS[query.window];
  const from = days ? today - (days - 1) * DAY_MS : Date.parse(`${query.from}T00:00:00Z`);
  const to = days ? today : Date.parse(`${query.to}T00:00:00Z`);
  const span = to - from + DAY_MS;
  return { window: query.window, from: iso(from), to: iso(to), previousFrom: iso(from - span), previousTo: iso(from - DAY_MS) };
}
