import type { SenderDetail } from '../../core/contract/sender-results';
import { senderRows, windowRecords, type Scope } from './aggregate';

/** The newest records a sender's page lists; its figures count them all. */
const MAX_RECORDS = 500;
const bool = (v: 0 | 1 | null) => (v === null ? null : v === 1);

/** One sender across its tests: per provider per day, per test, and its records, newest first. */
export function senderDetail(scope: Scope, email: string): SenderDetail {
  const { current, tests } = windowRecords(scope, email);
  const name = (workspace: string) => scope.workspaces.get(workspace) ?? workspace;
  const days = new Map<string, Map<number, { esp: number; sent: number; received: number; inbox: number; category: number; spam: number }>>();
  const perTest = new Map<string, SenderDetail['tests'][number]>();
  for (const r of current) {
    const day = days.get(r.date) ?? new Map();
    days.set(r.date, day);
    const esp = r.recipient_esp ?? 0;
    const p = day.get(esp) ?? { esp, sent: 0, received: 0, inbox: 0, category: 0, spam: 0 };
    day.set(esp, p);
    const testKey = `${r.workspace}|${r.test_id}`;
    const test = tests.get(testKey);
    const t = perTest.get(testKey) ?? { workspace: name(r.workspace), id: r.test_id, name: test?.name ?? r.test_id, status: test?.status ?? null, sent: 0, received: 0, inbox: 0, category: 0, spam: 0, lastDate: null };
    perTest.set(testKey, t);
    for (const totals of [p, t]) {
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
    tests: [...perTest.values()].sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '')),
    records,
  };
}
