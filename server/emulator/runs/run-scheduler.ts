import type { PlacementTest } from '../../../core/contract/placement-tests';
import { nextRun } from '../../../core/rules/schedule';
import type { EmulatorClock } from '../clock';
import { runAutomationChecks, type WebhookJob } from './automation-checks';
import { recordRun } from './record-run';
import { refreshNotSending } from './refresh-not-sending';
import type { EmulatorStore } from '../store/store';
import { deliverWebhook, noWebhooks, WEBHOOK_RETRY_DELAYS_MS, type PostWebhook } from './webhook-delivery';

/**
 * Runs tests the way Instantly does, on the emulator's clock (docs/api/reference.md §3.6 `run_immediately`,
 * §4.1 arrivals):
 * - an active automated test runs when its `timestamp_next_run` passes, then gets its next run;
 * - a one-time test runs once when created (or when resumed, if it was created paused) and
 *   becomes Completed when its results are final (record-run.ts says why then);
 * - `run_immediately` adds a run at creation; paused tests never run;
 * - sent rows become received rows as the clock passes their arrival time.
 * Outside-sent tests (`sending_method` 2) get their mail from elsewhere: they get results only
 * when mail carrying their test code is "sent" (`receiveOutsideMail`, the control route
 * `POST /__emulator/outside-mail`); until then a one-time test stays Active, waiting.
 * Once a run's results are final its test's automation rules are evaluated and acted on
 * (automation-checks.ts, ADR 017); webhooks are called after the changes are stored.
 * `catchUp` is called by a real-time ticker, on every clock change and before every API request.
 */
const MAX_CATCH_UP_RUNS = 10;

export class RunScheduler {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly deliveries = new Set<Promise<unknown>>();
  private readonly stopDeliveries = new AbortController();

  constructor(
    private readonly store: EmulatorStore,
    private readonly clock: EmulatorClock,
    private readonly postWebhook: PostWebhook = noWebhooks,
    private readonly webhookRetryDelaysMs: readonly number[] = WEBHOOK_RETRY_DELAYS_MS,
  ) {}

  /**
   * Everything due by now: scheduled runs, arrivals, completions. One write transaction that
   * looks for due tests again once it holds the lock: a second server on the same file that
   * caught up first has moved their next runs on, so a run is never recorded twice (its rows'
   * ids come from the test and run time, and would collide).
   */
  catchUp(now = this.clock.now()): void {
    if (!this.store.db.open) return;
    const nowMs = now.getTime();
    if (!this.store.runs.hasWork(nowMs) && !this.store.automations.hasWork(nowMs)) return;
    const webhooks = this.store.transaction(() => {
      for (const { test, nextRunMs } of this.store.runs.dueAutomated(nowMs)) {
        this.runScheduled(test, new Date(nextRunMs), now);
      }
      this.store.analytics.settleArrivals(nowMs);
      this.store.runs.completeFinished(nowMs);
      return runAutomationChecks(this.store, now);
    });
    for (const job of webhooks) this.deliver(job);
  }

  /** Started, not awaited: a slow or failing webhook never holds up a run or a request. */
  private deliver(job: WebhookJob): void {
    const delivery = deliverWebhook(
      this.postWebhook,
      job.url,
      job.body,
      (outcome) => {
        if (this.store.db.open) this.store.automations.setWebhookOutcome(job.firingId, outcome);
      },
      { signal: this.stopDeliveries.signal, delaysMs: this.webhookRetryDelaysMs },
    )
      .catch((error: unknown) => console.error('[emulator] webhook delivery failed:', error))
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Every webhook call under way has finished (tests wait on this rather than on time). */
  async settled(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.all([...this.deliveries]);
  }

  /**
   * The ticker's step. A failure (the file locked by another process past the busy timeout) is
   * logged and left to the next tick: a timer that throws would end the whole server.
   */
  tick(): void {
    try {
      this.catchUp();
    } catch (error) {
      console.error('[emulator] catching up on runs failed; trying again on the next tick:', error instanceof Error ? error.message : error);
    }
  }

  /** After create: one-time tests run now; automated ones too when asked to run immediately. */
  afterCreate(test: PlacementTest, runImmediately: boolean, now = this.clock.now()): void {
    refreshNotSending(this.store, [test]);
    if (test.status === 1 && test.sending_method === 1 && (test.type === 1 || runImmediately)) {
      recordRun(this.store, test, now, { now });
    }
  }

  /** After PATCH: a one-time test created paused runs when it is first resumed. */
  afterPatch(test: PlacementTest, now = this.clock.now()): void {
    refreshNotSending(this.store, [test]);
    const neverRan = this.store.runs.lastRunMs(test.id) === null;
    if (test.type === 1 && test.status === 1 && test.sending_method === 1 && neverRan) {
      recordRun(this.store, test, now, { now });
    }
  }

  /**
   * Mail carrying a test code, sent from outside Instantly by `from`: a run of that test from that
   * sender, whose results arrive as for Instantly's own sending. `null` when no active outside
   * test has the code.
   */
  receiveOutsideMail(testCode: string, from: string, now = this.clock.now()): PlacementTest | null {
    const test = this.store.placementTests.byTestCode(testCode);
    if (!test || test.status !== 1 || test.sending_method !== 2) return null;
    recordRun(this.store, { ...test, emails: [from], tags: null }, now, { now });
    return test;
  }

  /** Every missed run since the last one (the newest few if the clock jumped far), then the next. */
  private runScheduled(test: PlacementTest, first: Date, now: Date): void {
    const missed: Date[] = [];
    for (
      let at: Date | null = first;
      at && at <= now && missed.length < 1000;
      at = nextRun(test.schedule, at)
    ) {
      missed.push(at);
    }
    // Mail sent from outside Instantly arrives when its sender sends it (`receiveOutsideMail`),
    // not on the schedule: the schedule only moves on.
    if (test.sending_method === 1) {
      for (const runAt of missed.slice(-MAX_CATCH_UP_RUNS)) recordRun(this.store, test, runAt, { now });
    }
    this.store.runs.setNextRun(test.id, nextRun(test.schedule, now));
  }

  /** A real-time ticker, so due tests run while the server is idle; unref'd, stopped by close(). */
  start(intervalMs: number): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref?.();
  }

  close(): void {
    this.stopDeliveries.abort();
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
