import type { AutomationCondition } from '../../../../core/contract/placement-tests';
import { isPlacementCondition, type AutomationRuleValues } from './automation-rule';

export const CONDITION_LABELS: Record<AutomationCondition, string> = {
  placement_goes_below: 'Inbox placement goes below',
  placement_goes_above: 'Inbox placement goes above',
  added_to_blacklists: 'A sending domain or IP is added to a blacklist',
  removed_from_blacklists: 'A sending domain or IP is removed from blacklists',
};

const CONDITION_PHRASES: Record<AutomationCondition, string> = {
  placement_goes_below: 'inbox placement goes below',
  placement_goes_above: 'inbox placement goes above',
  added_to_blacklists: 'a sending domain or IP is added to a blacklist',
  removed_from_blacklists: 'a sending domain or IP is removed from blacklists',
};

export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const quoted = (ids: string[], tagLabel: (id: string) => string) =>
  joinAnd(ids.map((id) => `“${tagLabel(id)}”`));

function describeCondition(rule: AutomationRuleValues): string {
  const text = CONDITION_PHRASES[rule.condition];
  if (!isPlacementCondition(rule.condition)) return text;
  return `${text} ${rule.condition_value ?? '…'}%`;
}

/** The actions of a rule in plain words, in the order the form lists them. */
export function describeActions(
  rule: AutomationRuleValues,
  tagLabel: (id: string) => string = (id) => id,
): string[] {
  const actions: string[] = [];
  if (rule.pause) actions.push('pause this test');
  if (rule.pause_campaigns) {
    const days = rule.pause_campaigns_days ?? '…';
    actions.push(`pause sending campaigns for ${days} ${days === 1 ? 'day' : 'days'}`);
  }
  if (rule.slow_ramp === 'enable') actions.push('turn slow ramp on');
  if (rule.slow_ramp === 'disable') actions.push('turn slow ramp off');
  if (rule.add_tags.length)
    actions.push(
      `add ${rule.add_tags.length === 1 ? 'the tag' : 'the tags'} ${quoted(rule.add_tags, tagLabel)}`,
    );
  if (rule.remove_tags.length) {
    actions.push(
      `remove ${rule.remove_tags.length === 1 ? 'the tag' : 'the tags'} ${quoted(rule.remove_tags, tagLabel)}`,
    );
  }
  if (rule.webhook_url.trim()) actions.push(`call ${rule.webhook_url.trim()}`);
  return actions;
}

/** "When inbox placement goes below 80%, pause this test and call https://…." */
export function describeRule(rule: AutomationRuleValues, tagLabel?: (id: string) => string): string {
  const actions = describeActions(rule, tagLabel);
  const then = actions.length ? joinAnd(actions) : 'do nothing yet (choose an action)';
  return `When ${describeCondition(rule)}, ${then}.`;
}
