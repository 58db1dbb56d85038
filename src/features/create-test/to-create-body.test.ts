import { describe, expect, it } from 'vitest';
import { createPlacementTestBodySchema } from '../../../core/contract/placement-test-requests';
import { emptyAutomationRule } from '../placement-test-ui/automation-fields/automation-rule';
import { createTestFormSchema, defaultFormValues, type CreateTestFormValues } from './form-schema';
import { toCreateBody } from './to-create-body';

const NOW = new Date('2026-06-01T12:00:00Z');
const GOOGLE_PRO = { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' };

function values(overrides: Partial<CreateTestFormValues> = {}): CreateTestFormValues {
  return {
    ...defaultFormValues(NOW),
    name: '  Weekly check ',
    email_subject: 'Hello',
    email_body: '<p>Hi</p>',
    emails: ['alex@acme-outbound.com'],
    recipients_labels: [GOOGLE_PRO],
    ...overrides,
  };
}

const automated = (overrides: Partial<CreateTestFormValues> = {}) =>
  values({
    type: 2,
    schedule: {
      days: { '0': false, '1': true, '2': false, '3': true, '4': false, '5': false, '6': false },
      timing: { from: '08:30' },
      timezone: 'Europe/Belgrade',
    },
    automations: [{ ...emptyAutomationRule(), pause: true, webhook_url: 'https://example.com/h' }],
    run_immediately: true,
    ...overrides,
  });

describe('toCreateBody', () => {
  it('one-time from Instantly: the API fields only, no schedule or automations', () => {
    const body = toCreateBody(values({ automations: [emptyAutomationRule()], description: '  ' }));
    expect(body).toEqual({
      name: 'Weekly check',
      type: 1,
      sending_method: 1,
      email_subject: 'Hello',
      email_body: '<p>Hi</p>',
      emails: ['alex@acme-outbound.com'],
      recipients_labels: [GOOGLE_PRO],
      delivery_mode: 1,
      text_only: false,
      run_immediately: true,
    });
    expect(createPlacementTestBodySchema.safeParse(body).success).toBe(true);
  });

  it('automated: schedule with all seven days, automations in the contract shape', () => {
    const body = toCreateBody(
      automated({ tags: ['tag-1'], campaign_id: 'c-1', delivery_mode: 2, text_only: true }),
    );
    expect(body.schedule).toEqual({
      days: { '0': false, '1': true, '2': false, '3': true, '4': false, '5': false, '6': false },
      timing: { from: '08:30' },
      timezone: 'Europe/Belgrade',
    });
    expect(body.automations).toEqual([
      {
        when: { condition: 'placement_goes_below', condition_value: 80 },
        then: { pause: true, webhook_url: 'https://example.com/h' },
      },
    ]);
    expect(body).toMatchObject({
      tags: ['tag-1'],
      campaign_id: 'c-1',
      delivery_mode: 2,
      text_only: true,
      run_immediately: true,
    });
    expect(createPlacementTestBodySchema.safeParse(body).success).toBe(true);
  });

  it('outside Instantly: no senders, tags or delivery settings; the test code when given', () => {
    const body = toCreateBody(
      values({ sending_method: 2, tags: ['t'], campaign_id: 'c', text_only: true, test_code: ' ptid_abc ' }),
    );
    expect(body).not.toHaveProperty('tags');
    expect(body).not.toHaveProperty('campaign_id');
    expect(body).not.toHaveProperty('delivery_mode');
    expect(body).not.toHaveProperty('text_only');
    expect(body).toMatchObject({ emails: [], test_code: 'ptid_abc' });
    expect(createPlacementTestBodySchema.safeParse(body).success).toBe(true);
    expect(toCreateBody(values({ sending_method: 2, test_code: '' }))).not.toHaveProperty('test_code');
  });

  it('holds no UI-only keys: every key passes the strict contract', () => {
    const body = toCreateBody(automated({ description: 'About', sending_method: 1 }));
    expect(createPlacementTestBodySchema.safeParse(body)).toMatchObject({ success: true });
  });
});

describe('createTestFormSchema', () => {
  const errors = (v: CreateTestFormValues) => {
    const result = createTestFormSchema.safeParse(v);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('accepts complete one-time and automated forms', () => {
    expect(errors(values())).toEqual({});
    expect(errors(automated())).toEqual({});
  });

  it('needs a sender account or a tag when sending from Instantly, and a seed inbox kind', () => {
    expect(errors(values({ emails: [], recipients_labels: [] }))).toEqual({
      emails: 'Pick at least one sender account or tag',
      recipients_labels: 'Choose at least one kind of seed inbox',
    });
    expect(errors(values({ emails: [], tags: ['t'] }))).toEqual({});
  });

  it('checks schedule and automations only for automated tests', () => {
    const noDays = { ...defaultFormValues(NOW).schedule, timing: { from: '' } };
    const badRule = { ...emptyAutomationRule(), webhook_url: 'http://x.test' };
    expect(errors(values({ schedule: noDays, automations: [badRule] }))).toEqual({});
    expect(errors(values({ type: 2, schedule: noDays, automations: [badRule] }))).toEqual({
      'schedule.days': 'Pick at least one weekday',
      'schedule.timing.from': 'body/schedule/timing/from must be a 24-hour time HH:MM',
      'automations.0.webhook_url': 'Use an https:// address',
    });
  });

  it('checks the test code only for outside sending, with the contract rule', () => {
    expect(errors(values({ test_code: 'not a code!' }))).toEqual({});
    expect(errors(values({ sending_method: 2, test_code: 'not a code!' }))).toHaveProperty('test_code');
    expect(errors(values({ sending_method: 2, test_code: 'my-code_1' }))).toEqual({});
  });

  it('keeps the contract checks on picked fields', () => {
    expect(errors(values({ name: '   ' }))).toEqual({ name: 'body/name must not be empty' });
  });
});
