import type { ProviderCounts, SenderDetail } from '../../core/contract/sender-results';
import { senderRows, windowRecords, type Scope } from './aggregate';

/** The newest records a sender's page lists; its figures count them all. */
const MAX_RECORDS = 500;
const bool = (v: 0 | 1 | null) => (v === null ? null : v === 1);

/** One sender across its tests: per provider per day, per test, and its records, newest first. */
export function senderDetail(scope: Scope, email: string): SenderDetail {
  const { current, tests } = windowRecords(scope, email);
  const name = (workspace: string) => scope.workspaces.get(workspace) ?? workspace;
  const days = new Map<string, Map<number, ProviderCounts>>();
  const perTest = new Map<string, { test: SenderDetail['tests'][number]; byProvider: Map<number, ProviderCounts> }>();
  const providerOf = (m: Map<number, ProviderCounts>, esp: number) => {
    const p = m.get(esp) ?? { esp, sent: 0, received: 0, inbox: 0, category: 0, spam: 0 };
    m.set(esp, p);
    return p;
  };
  for (const r of current) {
    const day = days.get(r.date) ?? new Map<number, ProviderCounts>();
    days.set(r.date, day);
    const esp = r.recipient_esp ?? 0;
    const p = providerOf(day, esp);
    const testKey = `${r.workspace}|${r.test_id}`;
    const test = tests.get(testKey);
    const entry = perTest.get(testKey) ?? {
      test: { workspace: name(r.workspace), id: r.test_id, name: test?.name ?? r.test_id, status: test?.status ?? null, sent: 0, received: 0, inbox: 0, category: 0, spam: 0, byProvider: [], lastDate: null },
      byProvider: new Map<number, ProviderCounts>(),
    };
    perTest.set(testKey, entry);
    const t = entry.test;
    for (const totals of [p, t, providerOf(entry.byProvider, esp)]) {
      totals.sent += 1;
      if (r.placement) {
        totals.received += 1;
        totals[r.placement] += 1;
      }
    }
    if (t.lastDate === null || r.date > t.lastDate) t.lastDate = r.date;
  }
  const records = [...current]
    .sort((a, b) => b.created.localeCompare(a.created))
    .slice(0, MAX_RECORDS)
    .map((r) => ({
      workspace: name(r.workspace),
      id: r.id,
      testId: r.test_id,
      testName: tests.get(`${r.workspace}|${r.test_id}`)?.name ?? r.test_id,
      created: r.created,
      recipientEsp: r.recipient_esp,
      placement: r.placement,
      spf: bool(r.spf),
      dkim: bool(r.dkim),
      dmarc: bool(r.dmarc),
    }));
  return {
    email,
    window: scope.window,
    rows: senderRows(scope, email),
    series: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, m]) => ({ date, byProvider: [...m.values()].sort((a, b) => a.esp - b.esp) })),
    tests: [...perTest.values()]
      .map(({ test, byProvider }) => ({ ...test, byProvider: [...byProvider.values()].sort((a, b) => a.esp - b.esp) }))
      .sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '')),
    records,
  };
}
