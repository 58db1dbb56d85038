import * as z from 'zod/mini';
import { accountSchema } from '../../core/contract/accounts';
import { analyticsRecordSchema, dateStatsSchema, testStatsSchema } from '../../core/contract/analytics';
import { cursorPageSchema } from '../../core/contract/common';
import { placementTestSchema } from '../../core/contract/placement-tests';
import { reportSchema } from '../../core/contract/reports';
import { isMajorBlacklist } from '../../core/rules/blacklists';
import { placementOf, RESULTS_GRACE_MS } from '../../core/rules/placement';
import type { ResultsStore, StoredDay, StoredRecord, StoredReport, StoredTest } from './results-store';
import type { WorkspaceApi } from './workspace-api';

/**
 * One workspace's sync (ADR 020, "Sync rules"). What it asks, in order:
 * 1. the tests list and the accounts (a few pages each);
 * 2. stats-by-test-id for every test that may still change, 100 at a time;
 * 3. stats-by-date for each test whose count moved or that has a day still open;
 * 4. the records and blacklist reports of exactly the days whose counts moved.
 * A day is final once it is past its grace period and was read whole: never read again.
 */
const DAY_MS = 86_400_000;
const PAGE = 100;
/** Records older than this are neither read nor kept: the longest window and its previous one. */
export const HORIZON_DAYS = 180;

export interface SyncProgress {
  /** Tests whose results are being read. */
  tests: number;
  recordsDone: number;
  /** From stats-by-date, so an estimate: results may arrive while the sync reads. */
  recordsExpected: number;
}

export interface SyncOutcome {
  calls: number;
  testsRead: number;
  daysRead: number;
  recordsRead: number;
}

interface SyncInput {
  store: ResultsStore;
  api: WorkspaceApi;
  workspace: string;
  now: () => number;
  signal: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
}

const finalAt = (date: string) => Date.parse(`${date}T00:00:00Z`) + DAY_MS + RESULTS_GRACE_MS;
const bool = (v: boolean | null | undefined): 0 | 1 | null => (v === true ? 1 : v === false ? 0 : null);

async function allPages<T extends z.ZodMiniType>(api: WorkspaceApi, path: string, item: T, query: Record<string, string | number | boolean | undefined>, signal: AbortSignal) {
  const items: z.infer<T>[] = [];
  let after: string | undefined;
  do {
    const page = cursorPageSchema(item).parse(await api.get(path, { ...query, limit: PAGE, starting_after: after }, signal));
    items.push(...(page.items as z.infer<T>[]));
    after = page.items.length > 0 ? (page.next_starting_after ?? undefined) : undefined;
  } while (after);
  return items;
}

/** Settled: not active, checked at this status, every day final. Such a test costs no call. */
function settled(test: StoredTest, days: StoredDay[]): boolean {
  return test.status !== 1 && test.checkedStatus === test.status && days.every((d) => d.final);
}

export async function syncWorkspace({ store, api, workspace, now, signal, onProgress }: SyncInput): Promise<SyncOutcome> {
  const callsBefore = api.calls;
  const tests = await allPages(api, '/inbox-placement-tests', placementTestSchema, {}, signal);
  store.replaceTests(
    workspace,
    tests.map((t) => ({ id: t.id, name: t.name, status: t.status ?? null, emails: t.emails })),
  );
  const accounts = await allPages(api, '/accounts', accountSchema, {}, signal);
  store.replaceAccounts(workspace, accounts.map((a) => ({ email: a.email, status: a.status ?? null })));

  const daysByTest = new Map<string, StoredDay[]>();
  for (const day of store.days(workspace)) daysByTest.set(day.testId, [...(daysByTest.get(day.testId) ?? []), day]);
  const open = store.tests(workspace).filter((t) => !settled(t, daysByTest.get(t.id) ?? []));
  const counts = new Map<string, number>();
  for (let i = 0; i < open.length; i += PAGE) {
    const rows = z.array(testStatsSchema).parse(await api.post('/inbox-placement-analytics/stats-by-test-id', { test_ids: open.slice(i, i + PAGE).map((t) => t.id) }, signal));
    for (const row of rows) counts.set(row.test_id, row.count);
  }
  const changed = open.filter(
    (t) => t.checkedStatus === null || (counts.get(t.id) ?? 0) !== t.statsCount || (daysByTest.get(t.id) ?? []).some((d) => !d.final),
  );
  // Unchanged, but its status may have moved (Active → Completed): remember it, so it settles.
  for (const t of open) if (!changed.includes(t)) store.markChecked(workspace, t.id, t.status, t.statsCount);

  const horizon = new Date(now() - HORIZON_DAYS * DAY_MS).toISOString().slice(0, 10);
  const plan: { test: StoredTest; days: { date: string; sent: number; received: number }[] }[] = [];
  const progress: SyncProgress = { tests: 0, recordsDone: 0, recordsExpected: 0 };
  for (const test of changed) {
    const stored = new Map((daysByTest.get(test.id) ?? []).map((d) => [d.date, d]));
    const rows = z.array(dateStatsSchema).parse(await api.post('/inbox-placement-analytics/stats-by-date', { test_id: test.id }, signal));
    const toRead = [];
    for (const row of rows) {
      const date = row.timestamp_created_date.slice(0, 10);
      const known = stored.get(date);
      if (date < horizon || known?.final) continue;
      if (known && known.sent === row.sent_count && known.received === row.received_count) {
        // Nothing moved since it was read whole; once past its grace period nothing will.
        if (now() >= finalAt(date)) store.setDayFinal(workspace, test.id, date);
        continue;
      }
      toRead.push({ date, sent: row.sent_count, received: row.received_count });
      progress.recordsExpected += row.sent_count;
    }
    plan.push({ test, days: toRead });
    if (toRead.length) progress.tests += 1;
    onProgress?.({ ...progress });
  }

  let daysRead = 0;
  for (const { test, days } of plan) {
    for (const day of days) {
      const readAt = now();
      const range = { test_id: test.id, date_from: day.date, date_to: day.date };
      const records = await allPages(api, '/inbox-placement-analytics', analyticsRecordSchema, range, signal);
      const reports = await allPages(api, '/inbox-placement-reports', reportSchema, { ...range, skip_spam_assassin_report: true }, signal);
      const stored = records.flatMap((r): StoredRecord[] => {
        if (!r.sender_email) return [];
        const sender = r.sender_email.toLowerCase();
        return [{
          id: r.id,
          test_id: test.id,
          date: day.date,
          created: r.timestamp_created,
          sender,
          domain: sender.split('@')[1] ?? '',
          recipient_esp: r.recipient_esp ?? null,
          placement: placementOf(r),
          spf: bool(r.spf_pass),
          dkim: bool(r.dkim_pass),
          dmarc: bool(r.dmarc_pass),
        }];
      });
      const listed: StoredReport[] = reports.map((r) => ({
        test_id: test.id,
        date: day.date,
        domain: r.domain.toLowerCase(),
        created: r.timestamp_created,
        listed: (r.blacklist_report?.details ?? [])
          .filter((d) => d.is_listed)
          .map((d) => ({ blacklist: d.blacklist, target: d.test_type === 'domain' ? ('domain' as const) : ('ip' as const), major: isMajorBlacklist(d.blacklist) })),
      }));
      const received = records.filter((r) => r.record_type === 2).length;
      // Final only when read after the grace period and whole: a day read while results still
      // arrived is read again at the next sync if its counts moved.
      const final = readAt >= finalAt(day.date) && records.length === day.sent && received === day.received;
      store.replaceDay(workspace, { testId: test.id, date: day.date, sent: records.length, received, final }, stored, listed);
      daysRead += 1;
      progress.recordsDone += records.length;
      onProgress?.({ ...progress });
    }
    store.markChecked(workspace, test.id, test.status, counts.get(test.id) ?? 0);
  }
  store.prune(horizon);
  return { calls: api.calls - callsBefore, testsRead: progress.tests, daysRead, recordsRead: progress.recordsDone };
}
