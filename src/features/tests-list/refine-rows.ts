import type { PlacementTest } from '../../../core/contract/placement-tests';
import { espCodeFromLabel } from '../../../core/rules/esp-labels';
import type { LatestRun } from '../../../core/rules/latest-run';
import { isSenderSearch, type ListView } from './list-view';

/** The latest run of a test as far as the list knows: the run, none, or not known yet. */
export type LatestOf = (testId: string) => LatestRun | null | 'pending';

/**
 * What the API cannot do, done on the loaded tests (ADR 019): the figure filters and sorts, the
 * type / method / provider / not-sending filters and the sender search. `pending` counts the
 * tests a figure filter or sort could not place yet because their figures are still loading.
 */
export function refineRows(
  rows: readonly PlacementTest[],
  view: ListView,
  latestOf: LatestOf,
): { rows: PlacementTest[]; pending: number } {
  const needle = isSenderSearch(view.q) ? view.q.toLowerCase() : null;
  const byFigures =
    view.below !== null || ['inbox-low', 'inbox-high', 'spam-high', 'drop', 'last-run'].includes(view.sort);
  let pending = 0;
  const kept = rows.filter((t) => {
    if (
      needle &&
      !t.name.toLowerCase().includes(needle) &&
      !t.emails.some((e) => e.toLowerCase().includes(needle))
    )
      return false;
    if (view.notSending && !t.not_sending_status) return false;
    if (view.type !== 'all' && t.type !== (view.type === 'one-time' ? 1 : 2)) return false;
    if (view.method !== 'all' && t.sending_method !== (view.method === 'instantly' ? 1 : 2)) return false;
    if (
      view.provider !== null &&
      !(t.recipients_labels ?? []).some((l) => espCodeFromLabel(l.esp) === view.provider)
    )
      return false;
    if (byFigures && latestOf(t.id) === 'pending') pending++;
    if (view.below !== null) {
      const run = latestOf(t.id);
      return run !== null && run !== 'pending' && run.figures.inbox_percent < view.below;
    }
    return true;
  });
  const key = sortKey(view.sort);
  if (!key) return { rows: kept, pending };
  // Tests without the figure go last, in the API's order (the sort is stable).
  const keyed = kept.map((t) => {
    const run = latestOf(t.id);
    return { t, k: run === null || run === 'pending' ? null : key(run) };
  });
  keyed.sort((a, b) => (a.k === null ? (b.k === null ? 0 : 1) : b.k === null ? -1 : compare(a.k, b.k)));
  return { rows: keyed.map((x) => x.t), pending };
}

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending keys: negate what sorts highest first. */
function sortKey(sort: ListView['sort']): ((run: LatestRun) => number | string | null) | null {
  switch (sort) {
    case 'inbox-low':
      return (run) => run.figures.inbox_percent;
    case 'inbox-high':
      return (run) => -run.figures.inbox_percent;
    case 'spam-high':
      return (run) => -run.figures.spam_percent;
    case 'drop':
      return (run) => run.inboxChange;
    case 'last-run':
      // Newest first: invert the date's digits so a plain ascending compare puts it first.
      return (run) => -Number(run.date.replaceAll('-', ''));
    default:
      return null;
  }
}
