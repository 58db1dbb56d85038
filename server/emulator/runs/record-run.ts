import type { PlacementTest } from '../../../core/contract/placement-tests';
import { RESULTS_GRACE_MS } from '../../../core/rules/placement';
import { hashSeed } from '../random';
import { generateRun, type SenderAccount } from './runs';
import type { EmulatorStore } from '../store/store';

/**
 * Send one run of a test: its rows and reports go into the store, the test remembers when it
 * last ran. For a one-time test this is its only run, so it is marked to become Completed when
 * the results are final (the last email arrived, or the grace period passed for the rest).
 *
 * Why Completed only then and not when the run is sent: "Completed" in the list should mean the
 * numbers will not change any more. While results trickle in the test stays Active, and the
 * detail page says it is still collecting.
 *
 * The test's automation rules are evaluated on this run once its results are final too
 * (automation-checks.ts); the demo's history, sent before the emulator started, is not.
 */
export function recordRun(
  store: EmulatorStore,
  test: PlacementTest,
  runAt: Date,
  { seed, now, history = false }: { seed?: number; now?: Date; history?: boolean } = {},
): void {
  const accounts: Map<string, SenderAccount> = store.pickers.senderStates();
  const run = generateRun({
    test,
    runAt,
    organizationId: store.organizationId,
    accounts,
    taggedEmails: store.pickers.accountEmailsTagged(test.tags ?? []),
    seed: seed ?? hashSeed(`${test.id}|${runAt.toISOString()}`),
    ...(now ? { nowMs: now.getTime() } : {}),
  });
  store.transaction(() => {
    store.analytics.insertRun(run.analytics);
    store.reports.insertMany(run.reports);
    store.runs.markRan(test.id, runAt.getTime());
    if (!history) {
      const finalMs = Math.max(
        runAt.getTime(),
        ...run.analytics.map((r) => r.arriveMs ?? Date.parse(r.sent.timestamp_created) + RESULTS_GRACE_MS),
      );
      store.automations.scheduleCheck(test.id, runAt.toISOString().slice(0, 10), finalMs);
    }
    if (test.type === 1) {
      const finalAt = store.analytics.resultsFinalAt(test.id, RESULTS_GRACE_MS);
      store.runs.setCompleteAt(test.id, finalAt ?? runAt.getTime() + RESULTS_GRACE_MS);
    }
  });
}
