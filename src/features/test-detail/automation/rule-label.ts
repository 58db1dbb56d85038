import type { AutomationView } from '../../../../core/contract/placement-tests';
import { CONDITION_LABELS } from '../../placement-test-ui/automation-fields/describe-rule';

/** "Rule 1 · Inbox placement goes below 70%": which rule, as the settings tab numbers them. */
export function ruleLabel(ruleIndex: number, condition: string, rule: AutomationView | undefined): string {
  const label = CONDITION_LABELS[condition as keyof typeof CONDITION_LABELS] ?? condition;
  const value = rule?.when.condition_value;
  const threshold = condition.startsWith('placement_') && typeof value === 'number' ? ` ${value}%` : '';
  return `Rule ${ruleIndex + 1} · ${label}${threshold}`;
}
