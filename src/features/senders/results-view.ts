import * as z from 'zod/mini';
import { RESULTS_WINDOWS, type ResultsWindow } from '../../../core/contract/sender-results';
import type { ResultsParams } from '../../api/sender-results/queries';

/**
 * The Senders and Domains pages' view, in the URL like the tests list's (docs/conventions.md
 * "URL is state"): window, filters, search and sort. A malformed value falls back to its default.
 */
export const STATE_FILTERS = ['all', 'active', 'paused', 'error', 'silent', 'unknown'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
export const STATE_FILTER_LABELS: Record<StateFilter, string> = {
  all: 'Any state',
  active: 'Active',
  paused: 'Paused',
  error: 'Connection or sending error',
  silent: 'Had silent runs',
  unknown: 'Not an account here',
};

/** Sortable columns; `esp:<code>` sorts by that provider's landed share. */
export const SORT_KEYS = ['landed', 'inbox', 'category', 'spam', 'change', 'tests', 'emails', 'silent', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number] | `esp:${number}`;

export interface ResultsView {
  window: ResultsWindow;
  from: string;
  to: string;
  /** 'all' or a recipient ESP code. */
  provider: string;
  /** Only rows whose landed share is below this percent; null for no limit. */
  below: number | null;
  domain: string;
  workspace: string;
  state: StateFilter;
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_RESULTS_VIEW: ResultsView = {
  window: '30d',
  from: '',
  to: '',
  provider: 'all',
  below: null,
  domain: '',
  workspace: '',
  state: 'all',
  q: '',
  sort: 'landed',
  dir: 'asc',
};

const text = (max: number) => z.catch(z.pipe(z.string(), z.transform((s: string) => s.trim().slice(0, max))), '');
const dateText = z.catch(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), '');
const schema = z.object({
  window: z.catch(z.enum(RESULTS_WINDOWS), DEFAULT_RESULTS_VIEW.window),
  from: dateText,
  to: dateText,
  provider: z.catch(z.string().check(z.regex(/^(all|\d{1,3})$/)), 'all'),
  below: z.catch(
    z.nullable(z.pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.pipe(z.transform((s: string) => Number(s)), z.number().check(z.gte(1), z.lte(100))))),
    null,
  ),
  domain: text(253),
  workspace: text(200),
  state: z.catch(z.enum(STATE_FILTERS), 'all'),
  q: text(200),
  sort: z.catch(
    z.string().check(z.refine((s) => (SORT_KEYS as readonly string[]).includes(s) || /^esp:\d{1,3}$/.test(s))),
    'landed',
  ),
  dir: z.catch(z.enum(['asc', 'desc']), 'asc'),
});

const KEYS = Object.keys(DEFAULT_RESULTS_VIEW) as (keyof ResultsView)[];

export function parseResultsView(params: URLSearchParams): ResultsView {
  const raw = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const view = schema.parse({ ...raw, below: raw.below ?? null }) as ResultsView;
  // A custom window without both dates is not one: the default window instead.
  if (view.window === 'custom' && (!view.from || !view.to)) return { ...view, window: DEFAULT_RESULTS_VIEW.window };
  return view;
}

/** Defaults are left out, so the plain page is just `/senders`. */
export function serializeResultsView(view: ResultsView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = view[key];
    if (value === DEFAULT_RESULTS_VIEW[key] || value === null || value === '') continue;
    if ((key === 'from' || key === 'to') && view.window !== 'custom') continue;
    params.set(key, String(value));
  }
  return params;
}

export function resultsParams(view: ResultsView): ResultsParams {
  return view.window === 'custom' ? { window: 'custom', from: view.from, to: view.to } : { window: view.window };
}
