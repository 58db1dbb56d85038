import type { AutomationFiring } from '../../../core/contract/automation-firings';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { automationWebhookBody, type AutomationWebhookBody } from '../../../core/rules/automation-webhook';
import { evaluateRules, firingMeasure, runHistory, type RuleFiring, type RuleInput } from '../../../core/rules/automations';
import { hashSeed, seededRandom } from '../random';
import type { EmulatorStore } from '../store/store';
import { uuidv7At } from '../store/uuidv7';
import { refreshNotSending } from './refresh-not-sending';

/**
 * Runs whose results have become final get their test's rules evaluated (core/rules/automations.ts)
 * and the actions of the rules that fire performed, each firing recorded (ADR 017):
 * - the rules act on the test's sending accounts that the workspace has: the addresses it names
 *   and those carrying its tags;
 * - `pause` pauses the test; `pause_sending_campaigns_for` pauses, for that many days, the
 *   active campaigns sending from those accounts and the test's own campaign;
 * - slow ramp and tags change on those accounts; unknown tag ids are skipped and said so;
 * - a webhook is called after the run's changes are stored, never inside them
 *   (webhook-delivery.ts); its outcome is added to the firing as it comes.
 */
const DAY_MS = 86_400_000;

export interface WebhookJob {
  firingId: string;
  url: string;
  body: AutomationWebhookBody;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sendingAccounts(store: EmulatorStore, test: PlacementTest): string[] {
  const emails = [...test.emails, ...store.pickers.accountEmailsTagged(test.tags ?? [])].map((e) => e.toLowerCase());
  return store.automations.knownAccounts([...new Set(emails)]);
}

function tagsText(store: EmulatorStore, ids: readonly string[]): { known: string[]; text: string; unknown: number } {
  const known = store.automations.knownTags(ids);
  const labels = store.pickers.tags(known).map((t) => `“${String(t.label)}”`);
  return { known, text: labels.join(', '), unknown: ids.length - known.length };
}

function perform(
  store: EmulatorStore,
  test: PlacementTest,
  rule: RuleInput,
  firing: RuleFiring,
  accounts: string[],
  nowMs: number,
): { action: string; result: string }[] {
  const then = rule.then;
  const resultOf = (action: RuleFiring['actions'][number]): string => {
    switch (action) {
      case 'pause': {
        const current = store.placementTests.get(test.id, new Date(nowMs))?.status;
        if (store.automations.pauseTest(test.id)) return 'paused the test';
        return current === 3 ? 'the test had already completed' : 'the test was already paused';
      }
      case 'pause_sending_campaigns_for': {
        const days = Number(then.pause_sending_campaigns_for);
        const names = store.automations.pauseCampaigns(accounts, test.campaign_id ?? null, nowMs + days * DAY_MS);
        const until = new Date(nowMs + days * DAY_MS).toISOString().slice(0, 10);
        return names.length
          ? `paused ${plural(names.length, 'campaign')} (${names.join(', ')}) until ${until}`
          : 'no active campaign sends from the test’s accounts';
      }
      case 'enable_slow_ramp':
      case 'disable_slow_ramp': {
        const n = store.automations.setSlowRamp(accounts, action === 'enable_slow_ramp');
        return `turned slow ramp ${action === 'enable_slow_ramp' ? 'on' : 'off'} for ${plural(n, 'account')}`;
      }
      case 'add_tags':
      case 'remove_tags': {
        const tags = tagsText(store, (then[action] as string[] | undefined) ?? []);
        if (action === 'add_tags') store.automations.tagAccounts(accounts, tags.known);
        else store.automations.untagAccounts(accounts, tags.known);
        const verb = action === 'add_tags' ? `added ${tags.text} to` : `removed ${tags.text} from`;
        const done = tags.known.length ? `${verb} ${plural(accounts.length, 'account')}` : 'no tag to change';
        const skipped = tags.unknown ? ` (${plural(tags.unknown, 'unknown tag')} skipped)` : '';
        return done + skipped;
      }
      case 'webhook_url':
        return `called ${String(then.webhook_url)}`;
    }
  };
  return firing.actions.map((action) => ({ action, result: resultOf(action) }));
}

/** Evaluate every due run; returns the webhooks to call once the changes are stored. */
export function runAutomationChecks(store: EmulatorStore, now: Date): WebhookJob[] {
  const jobs: WebhookJob[] = [];
  const nowMs = now.getTime();
  store.automations.resumeCampaigns(nowMs);
  for (const check of store.automations.takeDueChecks(nowMs)) {
    const test = store.placementTests.get(check.test_id, now);
    const rules = (test?.automations ?? []) as RuleInput[];
    if (!test || rules.length === 0) continue;
    const history = runHistory(
      store.analytics.statsByDate({ testIds: [test.id] }),
      store.automations.blacklistReports(test.id),
    );
    const index = history.findIndex((r) => r.date === check.run_date);
    const run = history[index];
    if (!run) continue;
    const accounts = sendingAccounts(store, test);
    // When the results became final, which a moved clock may have passed long ago.
    const firedAt = new Date(check.due_ms);
    for (const firing of evaluateRules(rules, run, history[index - 1] ?? null)) {
      const rule = rules[firing.ruleIndex];
      if (!rule) continue;
      const random = seededRandom(hashSeed(`${test.id}|${run.date}|${firing.ruleIndex}`));
      const id = uuidv7At(firedAt.getTime(), random);
      const url = firing.actions.includes('webhook_url') ? String(rule.then.webhook_url) : null;
      const doc: AutomationFiring = {
        id,
        test_id: test.id,
        timestamp_fired: firedAt.toISOString(),
        run_date: run.date,
        run_number: run.number,
        rule_index: firing.ruleIndex,
        condition: firing.condition,
        measured_value: firing.measured,
        threshold: firing.threshold,
        listings: firing.listings,
        measure: firingMeasure(firing),
        actions: perform(store, test, rule, firing, accounts, nowMs),
        webhook: url ? { url, state: 'pending', attempts: 0 } : null,
      };
      store.automations.insertFiring(doc);
      if (url) {
        const body = automationWebhookBody({ placementTest: test, run, rule, firing, firedAt });
        jobs.push({ firingId: id, url, body });
      }
    }
    refreshNotSending(store, [store.placementTests.get(test.id, now) ?? test]);
  }
  return jobs;
}
