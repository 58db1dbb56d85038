import * as z from 'zod/mini';
import { automationSchema, type Automation } from '../../../../core/contract/placement-test-requests';
import {
  AUTOMATION_CONDITIONS,
  PLACEMENT_CONDITIONS,
  type AutomationCondition,
  type AutomationView,
} from '../../../../core/contract/placement-tests';

/**
 * One automation as a form edits it: a condition and a flat set of actions, each switched on
 * or left empty. `toApiAutomation` turns it into the contract's `{when, then}` (docs/api/reference.md §3.4);
 * the rules below add what the wizard promises on top of the contract (https-only webhooks, a
 * percentage for placement conditions, at least one action).
 */
export const SLOW_RAMP_CHOICES = ['unchanged', 'enable', 'disable'] as const;
export type SlowRampChoice = (typeof SLOW_RAMP_CHOICES)[number];

export type AutomationRuleValues = {
  condition: AutomationCondition;
  condition_value: number | null;
  pause: boolean;
  pause_campaigns: boolean;
  pause_campaigns_days: number | null;
  slow_ramp: SlowRampChoice;
  add_tags: string[];
  remove_tags: string[];
  webhook_url: string;
};
export type AutomationFieldValues = { automations: AutomationRuleValues[] };

export const automationRuleShape = z.object({
  condition: z.enum(AUTOMATION_CONDITIONS),
  condition_value: z.nullable(z.number()),
  pause: z.boolean(),
  pause_campaigns: z.boolean(),
  pause_campaigns_days: z.nullable(z.number()),
  slow_ramp: z.enum(SLOW_RAMP_CHOICES),
  add_tags: z.array(z.string()),
  remove_tags: z.array(z.string()),
  webhook_url: z.string(),
});

export function emptyAutomationRule(): AutomationRuleValues {
  return {
    condition: 'placement_goes_below',
    condition_value: 80,
    pause: false,
    pause_campaigns: false,
    pause_campaigns_days: 14,
    slow_ramp: 'unchanged',
    add_tags: [],
    remove_tags: [],
    webhook_url: '',
  };
}

export const isPlacementCondition = (condition: AutomationCondition) =>
  PLACEMENT_CONDITIONS.includes(condition);

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function toApiAutomation(rule: AutomationRuleValues): Automation {
  const then: Automation['then'] = {};
  if (rule.pause) then.pause = true;
  if (rule.pause_campaigns && rule.pause_campaigns_days !== null)
    then.pause_sending_campaigns_for = rule.pause_campaigns_days;
  if (rule.slow_ramp === 'enable') then.enable_slow_ramp = true;
  if (rule.slow_ramp === 'disable') then.disable_slow_ramp = true;
  if (rule.add_tags.length > 0) then.add_tags = [...rule.add_tags];
  if (rule.remove_tags.length > 0) then.remove_tags = [...rule.remove_tags];
  if (rule.webhook_url.trim()) then.webhook_url = rule.webhook_url.trim();
  const value = isPlacementCondition(rule.condition) ? rule.condition_value : null;
  return { when: { condition: rule.condition, condition_value: value }, then };
}

/** A stored automation back into form values (for editing an existing test). */
export function fromApiAutomation(automation: AutomationView): AutomationRuleValues {
  const { when, then } = automation;
  const empty = emptyAutomationRule();
  const condition = (AUTOMATION_CONDITIONS as readonly string[]).includes(when.condition)
    ? (when.condition as AutomationCondition)
    : empty.condition;
  return {
    condition,
    condition_value: when.condition_value ?? null,
    pause: then.pause === true,
    pause_campaigns: typeof then.pause_sending_campaigns_for === 'number',
    pause_campaigns_days: then.pause_sending_campaigns_for ?? empty.pause_campaigns_days,
    slow_ramp: then.enable_slow_ramp ? 'enable' : then.disable_slow_ramp ? 'disable' : 'unchanged',
    add_tags: then.add_tags ?? [],
    remove_tags: then.remove_tags ?? [],
    webhook_url: then.webhook_url ?? '',
  };
}

/** Form field that a contract path under `then`/`when` belongs to. */
export const RULE_FIELD_BY_API_KEY: Record<string, keyof AutomationRuleValues | 'then'> = {
  condition: 'condition',
  condition_value: 'condition_value',
  pause: 'pause',
  pause_sending_campaigns_for: 'pause_campaigns_days',
  enable_slow_ramp: 'slow_ramp',
  disable_slow_ramp: 'slow_ramp',
  add_tags: 'add_tags',
  remove_tags: 'remove_tags',
  webhook_url: 'webhook_url',
};

type Issue = { path: (keyof AutomationRuleValues | 'then')[]; message: string };

/** Every problem with one rule, with the form field it belongs to. */
export function automationRuleIssues(rule: AutomationRuleValues): Issue[] {
  const issues: Issue[] = [];
  const value = rule.condition_value;
  if (isPlacementCondition(rule.condition)) {
    if (value === null || !Number.isFinite(value))
      issues.push({ path: ['condition_value'], message: 'Enter a percentage from 0 to 100' });
    else if (value < 0 || value > 100)
      issues.push({ path: ['condition_value'], message: 'Must be between 0 and 100' });
  }
  const days = rule.pause_campaigns_days;
  if (rule.pause_campaigns && (days === null || !Number.isInteger(days) || days < 1)) {
    issues.push({ path: ['pause_campaigns_days'], message: 'Enter a whole number of days, 1 or more' });
  }
  const url = rule.webhook_url.trim();
  if (url && !isHttpsUrl(url)) issues.push({ path: ['webhook_url'], message: 'Use an https:// address' });
  const both = rule.add_tags.filter((tag) => rule.remove_tags.includes(tag));
  if (both.length > 0)
    issues.push({ path: ['remove_tags'], message: 'A tag cannot be both added and removed' });
  const api = toApiAutomation(rule);
  if (Object.keys(api.then).length === 0)
    issues.push({ path: ['then'], message: 'Choose at least one action' });
  if (issues.length > 0) return issues;
  // The contract has the last word, so the wizard never sends a rule the API would reject.
  const parsed = automationSchema.safeParse(api);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[issue.path.length - 1] ?? 'then');
      issues.push({ path: [RULE_FIELD_BY_API_KEY[key] ?? 'then'], message: issue.message });
    }
  }
  return issues;
}

/** The rule schema: shape plus `automationRuleIssues`. */
export const automationRuleSchema = automationRuleShape.check(
  z.superRefine((rule, ctx) => {
    for (const issue of automationRuleIssues(rule)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: rule });
    }
  }),
);
