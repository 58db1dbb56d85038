import type { DomainRow, PlacementTotals, ProviderCounts, SenderRow } from '../../core/contract/sender-results';
import type { ResultsStore, StoredRecord, StoredReport, StoredTest } from './results-store';
import type { ResolvedWindow } from './results-window';

/**
 * Senders and domains over a window, from the store: the numbers behind the Senders and Domains
 * pages. Plain loops over the window's records: one code path is easier to trust than SQL and
 * JS doing the same sums. Over 60,000 records this takes some 0.4–1 s on a busy 2-core machine,
 * most of it reading the rows out of SQLite, so the routes keep each answer until the store
 * changes (results-routes.ts; docs/benchmarks.md, "Results store at scale").
 */
type Row = StoredRecord & { workspace: string };
export interface Scope {
  store: ResultsStore;
  /** Workspace id → name, of the workspaces asked for. */
  workspaces: Map<string, string>;
  window: ResolvedWindow;
}

const empty = (): PlacementTotals => ({ sent: 0, received: 0, inbox: 0, category: 0, spam: 0 });
function add(totals: PlacementTotals, r: Row) {
  totals.sent += 1;
  if (!r.placement) return;
  totals.received += 1;
  totals[r.placement] += 1;
}

class Tally {
  readonly total = empty();
  readonly byProvider = new Map<number, ProviderCounts>();
  add(r: Row) {
    add(this.total, r);
    if (r.recipient_esp === null) return;
    let p = this.byProvider.get(r.recipient_esp);
    if (!p) this.byProvider.set(r.recipient_esp, (p = { esp: r.recipient_esp, ...empty() }));
    add(p, r);
  }
  providers() {
    return [...this.byProvider.values()].sort((a, b) => a.esp - b.esp);
  }
}

export interface WindowRecords {
  current: Row[];
  previous: Row[];
  /** Runs (test × day) in the window: which senders each should have had. */
  runs: { workspace: string; test: StoredTest; date: string }[];
  tests: Map<string, StoredTest>;
}

/** The window's records, and the previous window's; for "last run" each test's newest day and the one before. */
export function windowRecords({ store, workspaces, window }: Scope, sender?: string): WindowRecords {
  const ids = [...workspaces.keys()];
  const tests = new Map<string, StoredTest>();
  for (const id of ids) for (const t of store.tests(id)) tests.set(`${id}|${t.id}`, t);
  const all = store.records(ids, window.previousFrom ?? window.from, window.to, sender);
  let current: Row[];
  let previous: Row[];
  const runDays = new Map<string, string[]>();
  if (window.window === 'last') {
    // Each test's days from all its records (not only this sender's), newest first.
    for (const id of ids) {
      for (const d of store.days(id)) {
        const key = `${id}|${d.testId}`;
        runDays.set(key, [d.date, ...(runDays.get(key) ?? [])]);
      }
    }
    const nth = (r: Row, n: number) => runDays.get(`${r.workspace}|${r.test_id}`)?.[n];
    current = all.filter((r) => nth(r, 0) === r.date);
    previous = all.filter((r) => nth(r, 1) === r.date);
  } else {
    current = all.filter((r) => r.date >= window.from);
    previous = all.filter((r) => r.date < window.from);
  }
  const runs: WindowRecords['runs'] = [];
  for (const id of ids) {
    for (const d of store.days(id)) {
      const test = tests.get(`${id}|${d.testId}`);
      if (!test) continue;
      const inWindow = window.window === 'last' ? runDays.get(`${id}|${d.testId}`)?.[0] === d.date : d.date >= window.from && d.date <= window.to;
      if (inWindow) runs.push({ workspace: id, test, date: d.date });
    }
  }
  return { current, previous, runs, tests };
}

function group<K>(rows: Row[], key: (r: Row) => K): Map<K, Row[]> {
  const out = new Map<K, Row[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function figures(current: Row[], previous: Row[]) {
  const now = new Tally();
  const before = new Tally();
  for (const r of current) now.add(r);
  for (const r of previous) before.add(r);
  return {
    ...now.total,
    byProvider: now.providers(),
    previous: before.total.received > 0 ? { ...before.total, byProvider: before.providers() } : null,
    tests: new Set(current.map((r) => `${r.workspace}|${r.test_id}`)).size,
    lastDate: current.reduce<string | null>((max, r) => (max === null || r.date > max ? r.date : max), null),
  };
}

export function senderRows(scope: Scope, sender?: string): SenderRow[] {
  const { current, previous, runs } = windowRecords(scope, sender);
  const key = (workspace: string, email: string) => `${workspace}|${email.toLowerCase()}`;
  const byNow = group(current, (r) => key(r.workspace, r.sender));
  const byBefore = group(previous, (r) => key(r.workspace, r.sender));
  // A sender a test lists but that sent nothing in one of its runs: Instantly skipped it (silent).
  const sentIn = new Set(current.map((r) => `${r.workspace}|${r.test_id}|${r.date}|${r.sender}`));
  const silent = new Map<string, number>();
  for (const run of runs) {
    for (const email of run.test.emails) {
      const address = email.toLowerCase();
      if (sender && address !== sender.toLowerCase()) continue;
      if (!sentIn.has(`${run.workspace}|${run.test.id}|${run.date}|${address}`)) silent.set(key(run.workspace, address), (silent.get(key(run.workspace, address)) ?? 0) + 1);
    }
  }
  const accounts = scope.store.accounts([...scope.workspaces.keys()]);
  const keys = new Set([...byNow.keys(), ...silent.keys()]);
  return [...keys].map((k) => {
    const [workspace = '', email = ''] = k.split('|');
    return {
      workspace: scope.workspaces.get(workspace) ?? workspace,
      email,
      domain: email.split('@')[1] ?? '',
      accountStatus: accounts.get(k) ?? null,
      ...figures(byNow.get(k) ?? [], byBefore.get(k) ?? []),
      silentRuns: silent.get(k) ?? 0,
    };
  });
}

function authRate(rows: Row[], field: 'spf' | 'dkim' | 'dmarc') {
  const judged = rows.filter((r) => r[field] !== null);
  return { pass: judged.filter((r) => r[field] === 1).length, total: judged.length };
}

export function domainRows(scope: Scope): DomainRow[] {
  const { current, previous } = windowRecords(scope);
  const senders = senderRows(scope);
  const ids = [...scope.workspaces.keys()];
  const reports = scope.store.reports(ids, scope.window.from, scope.window.to);
  const newest = new Map<string, StoredReport>();
  for (const r of reports) if (!newest.has(`${r.workspace}|${r.domain}`)) newest.set(`${r.workspace}|${r.domain}`, r);
  const key = (r: { workspace: string; domain: string }) => `${r.workspace}|${r.domain}`;
  const byNow = group(current, key);
  const byBefore = group(previous, key);
  const keys = new Set([...byNow.keys(), ...senders.map((s) => `${ids.find((id) => scope.workspaces.get(id) === s.workspace) ?? s.workspace}|${s.domain}`)]);
  return [...keys].map((k) => {
    const [workspace = '', domain = ''] = k.split('|');
    const name = scope.workspaces.get(workspace) ?? workspace;
    const mine = senders.filter((s) => s.workspace === name && s.domain === domain);
    const rows = (byNow.get(k) ?? []).filter((r) => r.placement !== null);
    const report = newest.get(k);
    return {
      workspace: name,
      domain,
      senders: mine.length,
      ...figures(byNow.get(k) ?? [], byBefore.get(k) ?? []),
      silentRuns: mine.reduce((n, s) => n + s.silentRuns, 0),
      auth: { spf: authRate(rows, 'spf'), dkim: authRate(rows, 'dkim'), dmarc: authRate(rows, 'dmarc') },
      blacklists: report
        ? {
            checked: report.created,
            major: report.listed.filter((l) => l.major).map((l) => l.blacklist),
            minor: report.listed.filter((l) => !l.major).map((l) => l.blacklist),
          }
        : null,
    };
  });
}
