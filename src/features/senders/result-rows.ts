import { ESP_CODE_LABELS } from '../../../core/contract/common';
import type { DomainRow, PlacementTotals, SenderRow } from '../../../core/contract/sender-results';
import type { ResultsView, SortKey } from './results-view';

/**
 * Shares, filters, worst-first sorting and the text digest of the Senders and Domains tables.
 * "Landed" is inbox plus category tab, as on a test's page (sender-triage: under 80% landed is
 * spam bound); a figure is null when nothing was received, and such rows sort last.
 */
export type ResultRow = SenderRow | DomainRow;

export interface Shares {
  received: number;
  landed: number | null;
  inbox: number | null;
  category: number | null;
  spam: number | null;
}

const pct = (n: number, of: number) => (of > 0 ? (100 * n) / of : null);

function totalsAt(source: PlacementTotals & { byProvider: (PlacementTotals & { esp: number })[] }, provider: string): PlacementTotals | null {
  if (provider === 'all') return source;
  return source.byProvider.find((p) => String(p.esp) === provider) ?? null;
}

export function sharesOf(row: ResultRow, provider = 'all'): Shares {
  const t = totalsAt(row, provider);
  if (!t) return { received: 0, landed: null, inbox: null, category: null, spam: null };
  return {
    received: t.received,
    landed: pct(t.inbox + t.category, t.received),
    inbox: pct(t.inbox, t.received),
    category: pct(t.category, t.received),
    spam: pct(t.spam, t.received),
  };
}

/** Landed share now minus in the previous window, in percentage points. */
export function changeOf(row: ResultRow, provider = 'all'): number | null {
  const now = sharesOf(row, provider).landed;
  const before = row.previous ? totalsAt(row.previous, provider) : null;
  const then = before ? pct(before.inbox + before.category, before.received) : null;
  return now === null || then === null ? null : now - then;
}

export function providerLabel(esp: number | string): string {
  return ESP_CODE_LABELS[Number(esp) as keyof typeof ESP_CODE_LABELS] ?? `Provider ${esp}`;
}

/** Every seed provider present in these rows, Google and Microsoft first. */
export function providersIn(rows: readonly ResultRow[]): number[] {
  return [...new Set(rows.flatMap((r) => r.byProvider.map((p) => p.esp)))].sort((a, b) => a - b);
}

export const isSender = (row: ResultRow): row is SenderRow => 'email' in row;
export const nameOf = (row: ResultRow) => (isSender(row) ? row.email : row.domain);

function matchesState(row: ResultRow, state: ResultsView['state']): boolean {
  if (state === 'all') return true;
  if (state === 'silent') return row.silentRuns > 0;
  if (!isSender(row)) return true;
  const s = row.accountStatus;
  if (state === 'active') return s === 1;
  if (state === 'paused') return s === 2 || s === 3;
  if (state === 'error') return s !== null && s < 0;
  return s === null;
}

export function filterRows<R extends ResultRow>(rows: readonly R[], view: ResultsView): R[] {
  const q = view.q.toLowerCase();
  return rows.filter((row) => {
    if (q && !nameOf(row).includes(q)) return false;
    if (view.domain && row.domain !== view.domain) return false;
    if (view.workspace && row.workspace !== view.workspace) return false;
    if (!matchesState(row, view.state)) return false;
    if (view.below !== null) {
      const landed = sharesOf(row, view.provider).landed;
      if (landed === null || landed >= view.below) return false;
    }
    return true;
  });
}

function sortValue(row: ResultRow, key: SortKey, provider: string): number | string | null {
  if (key.startsWith('esp:')) return sharesOf(row, key.slice(4)).landed;
  switch (key) {
    case 'landed':
    case 'inbox':
    case 'category':
    case 'spam':
      return sharesOf(row, provider)[key];
    case 'change':
      return changeOf(row, provider);
    case 'tests':
      return row.tests;
    case 'emails':
      return row.sent;
    case 'silent':
      return row.silentRuns;
    default:
      return nameOf(row);
  }
}

/** Sorted by one column; rows without a figure go last either way, then by name. */
export function sortRows<R extends ResultRow>(rows: readonly R[], view: Pick<ResultsView, 'sort' | 'dir' | 'provider'>): R[] {
  const sign = view.dir === 'asc' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: sortValue(row, view.sort, view.provider) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? nameOf(a.row).localeCompare(nameOf(b.row)) : a.value === null ? 1 : -1;
      const order = typeof a.value === 'string' ? a.value.localeCompare(String(b.value)) : a.value - Number(b.value);
      return sign * order || nameOf(a.row).localeCompare(nameOf(b.row));
    })
    .map((x) => x.row);
}

const MAX_DIGEST_NAMES = 10;

/**
 * The current filter as a few lines to paste in a chat: "5 mailboxes under 80 % at Microsoft in
 * the last 7 days: a@x.com (35 %), …", worst first.
 */
export function digest(rows: readonly ResultRow[], view: ResultsView, windowLabel: string): string {
  const kind = rows[0] && !isSender(rows[0]) ? ['domain', 'domains'] : ['mailbox', 'mailboxes'];
  const where = view.provider === 'all' ? '' : ` at ${providerLabel(view.provider)}`;
  const limit = view.below === null ? '' : ` under ${view.below} %`;
  const worst = sortRows(rows, { sort: 'landed', dir: 'asc', provider: view.provider });
  const head = `${rows.length} ${rows.length === 1 ? kind[0] : kind[1]}${limit}${where}, ${windowLabel.toLowerCase()}`;
  if (rows.length === 0) return `${head}.`;
  const names = worst.slice(0, MAX_DIGEST_NAMES).map((r) => {
    const landed = sharesOf(r, view.provider).landed;
    return `${nameOf(r)} (${landed === null ? 'nothing received' : `${Math.round(landed)} % landed`})`;
  });
  const more = rows.length > MAX_DIGEST_NAMES ? `, and ${rows.length - MAX_DIGEST_NAMES} more` : '';
  return `${head}: ${names.join(', ')}${more}.`;
}
