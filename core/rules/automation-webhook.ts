import { firingMeasure, type RuleFiring, type RuleInput } from './automations';

/**
 * The JSON body an automation's `webhook_url` receives (ADR 017): what fired, on which run, the
 * measured value against the threshold, and what else the rule did. Instantly documents no body,
 * so this is the emulator's, and the one "Send a test call" posts (with `"test": true`).
 */
export interface AutomationWebhookBody {
  event: 'inbox_placement_automation';
  test: boolean;
  fired_at: string;
  placement_test: { id: string; name: string };
  run: { date: string; number: number; inbox_percent: number | null; received: number };
  rule: { index: number; when: RuleInput['when']; then: RuleInput['then'] };
  measured: { value: number; threshold: number | null; listings: string[]; text: string };
  actions: string[];
}

export function automationWebhookBody(input: {
  placementTest: { id: string; name: string };
  run: { date: string; number: number; inbox: number; received: number };
  rule: RuleInput;
  firing: RuleFiring;
  firedAt: Date;
  test?: boolean;
}): AutomationWebhookBody {
  const { placementTest, run, rule, firing } = input;
  return {
    event: 'inbox_placement_automation',
    test: input.test === true,
    fired_at: input.firedAt.toISOString(),
    placement_test: { id: placementTest.id, name: placementTest.name },
    run: {
      date: run.date,
      number: run.number,
      inbox_percent: run.received > 0 ? Math.round((1000 * run.inbox) / run.received) / 10 : null,
      received: run.received,
    },
    rule: { index: firing.ruleIndex, when: rule.when, then: rule.then },
    measured: {
      value: firing.measured,
      threshold: firing.threshold,
      listings: firing.listings,
      text: firingMeasure(firing),
    },
    actions: firing.actions,
  };
}

/** What "Send a test call" posts: a made-up firing of a placement rule, marked `test: true`. */
export function sampleWebhookBody(url: string, now: Date): AutomationWebhookBody {
  const rule: RuleInput = {
    when: { condition: 'placement_goes_below', condition_value: 70 },
    then: { webhook_url: url },
  };
  return automationWebhookBody({
    placementTest: { id: '00000000-0000-0000-0000-000000000000', name: 'Sample test' },
    run: { date: now.toISOString().slice(0, 10), number: 3, inbox: 62, received: 100 },
    rule,
    firing: {
      ruleIndex: 0,
      condition: 'placement_goes_below',
      measured: 62,
      threshold: 70,
      listings: [],
      actions: ['webhook_url'],
    },
    firedAt: now,
    test: true,
  });
}
