import { describe, expect, it } from 'vitest';
import { automationSchema } from '../../../../core/contract/placement-test-requests';
import {
  automationRuleSchema,
  emptyAutomationRule,
  fromApiAutomation,
  toApiAutomation,
  type AutomationRuleValues,
} from './automation-rule';
import { describeRule } from './describe-rule';

const rule = (overrides: Partial<AutomationRuleValues> = {}): AutomationRuleValues => ({
  ...emptyAutomationRule(),
  pause: true,
  ...overrides,
});

/** Field → first message, as react-hook-form would show them. */
function errors(values: AutomationRuleValues): Record<string, string> {
  const result = automationRuleSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('automation rule validation', () => {
  it('accepts a placement rule with a threshold and one action', () => {
    expect(errors(rule())).toEqual({});
  });

  it('requires the percentage for placement conditions, within 0–100', () => {
    expect(errors(rule({ condition_value: null }))).toEqual({
      condition_value: 'Enter a percentage from 0 to 100',
    });
    expect(errors(rule({ condition_value: 101 }))).toEqual({ condition_value: 'Must be between 0 and 100' });
    expect(errors(rule({ condition_value: -1 }))).toEqual({ condition_value: 'Must be between 0 and 100' });
    expect(errors(rule({ condition_value: 0 }))).toEqual({});
    expect(errors(rule({ condition_value: 100 }))).toEqual({});
  });

  it('needs no percentage for blacklist conditions, and sends none', () => {
    const values = rule({ condition: 'added_to_blacklists', condition_value: null });
    expect(errors(values)).toEqual({});
    expect(toApiAutomation(values).when).toEqual({ condition: 'added_to_blacklists', condition_value: null });
  });

  it('requires at least one action', () => {
    expect(errors(rule({ pause: false }))).toEqual({ then: 'Choose at least one action' });
    // An empty webhook or an empty tag list is not an action.
    expect(errors(rule({ pause: false, webhook_url: '  ', add_tags: [] }))).toEqual({
      then: 'Choose at least one action',
    });
  });

  it('accepts only https webhooks', () => {
    expect(errors(rule({ webhook_url: 'http://example.com/hook' }))).toEqual({
      webhook_url: 'Use an https:// address',
    });
    expect(errors(rule({ webhook_url: 'example.com/hook' }))).toEqual({
      webhook_url: 'Use an https:// address',
    });
    expect(errors(rule({ webhook_url: 'javascript:alert(1)' }))).toEqual({
      webhook_url: 'Use an https:// address',
    });
    expect(errors(rule({ pause: false, webhook_url: 'https://example.com/hook' }))).toEqual({});
  });

  it('requires a whole number of days to pause campaigns', () => {
    expect(errors(rule({ pause_campaigns: true, pause_campaigns_days: null }))).toEqual({
      pause_campaigns_days: 'Enter a whole number of days, 1 or more',
    });
    expect(errors(rule({ pause_campaigns: true, pause_campaigns_days: 0 }))).toHaveProperty(
      'pause_campaigns_days',
    );
    expect(errors(rule({ pause_campaigns: true, pause_campaigns_days: 1.5 }))).toHaveProperty(
      'pause_campaigns_days',
    );
    // Days left over from an unticked action are ignored.
    expect(errors(rule({ pause_campaigns: false, pause_campaigns_days: null }))).toEqual({});
  });

  it('refuses a tag that is both added and removed', () => {
    expect(errors(rule({ add_tags: ['t1'], remove_tags: ['t1'] }))).toEqual({
      remove_tags: 'A tag cannot be both added and removed',
    });
  });
});

describe('toApiAutomation', () => {
  it('sends only the chosen actions, and the result satisfies the contract', () => {
    const values = rule({
      condition_value: 75,
      pause_campaigns: true,
      pause_campaigns_days: 14,
      slow_ramp: 'disable',
      add_tags: ['t1'],
      webhook_url: ' https://example.com/hook ',
    });
    const api = toApiAutomation(values);
    expect(api).toEqual({
      when: { condition: 'placement_goes_below', condition_value: 75 },
      then: {
        pause: true,
        pause_sending_campaigns_for: 14,
        disable_slow_ramp: true,
        add_tags: ['t1'],
        webhook_url: 'https://example.com/hook',
      },
    });
    expect(automationSchema.safeParse(api).success).toBe(true);
  });

  it('round-trips through fromApiAutomation', () => {
    const values = rule({
      slow_ramp: 'enable',
      remove_tags: ['t2'],
      pause_campaigns: true,
      pause_campaigns_days: 3,
    });
    expect(fromApiAutomation(toApiAutomation(values))).toEqual(values);
  });
});

describe('describeRule', () => {
  it('reads as a sentence', () => {
    const values = rule({
      pause_campaigns: true,
      pause_campaigns_days: 14,
      webhook_url: 'https://example.com/hook',
    });
    expect(describeRule(values)).toBe(
      'When inbox placement goes below 80%, pause this test, pause sending campaigns for 14 days and call https://example.com/hook.',
    );
    expect(
      describeRule(
        rule({ condition: 'removed_from_blacklists', pause: false, add_tags: ['a'] }),
        () => 'Warm',
      ),
    ).toBe('When a sending domain or IP is removed from blacklists, add the tag “Warm”.');
  });
});
