import { z } from 'zod';
import { INSTANTLY_TIMEZONES } from './timezones';

/**
 * THE contract for inbox placement tests. Responses are loose (extra fields and the nulls the
 * spec allows); request bodies are strict (the real API rejects unknown keys).
 * Reference: ../shared/api/inbox-placement-v2.md §3, ADR 003 for seed-vs-official differences.
 */

export const PLACEMENT_TEST_TYPES = { oneTime: 1, automated: 2 } as const;
export const TYPE_LABELS = { 1: 'One-time', 2: 'Automated' } as const;
export const typeSchema = z.union([z.literal(1), z.literal(2)]);

export const SENDING_METHODS = { instantly: 1, outside: 2 } as const;
export const SENDING_METHOD_LABELS = { 1: 'From Instantly', 2: 'From outside Instantly' } as const;
export const sendingMethodSchema = z.union([z.literal(1), z.literal(2)]);

export const DELIVERY_MODE_LABELS = { 1: 'One by one', 2: 'All together' } as const;
export const deliveryModeSchema = z.union([z.literal(1), z.literal(2)]);

export const STATUSES = { active: 1, paused: 2, completed: 3 } as const;
export const STATUS_LABELS = { 1: 'Active', 2: 'Paused', 3: 'Completed' } as const;
export const statusSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type PlacementTestStatus = z.infer<typeof statusSchema>;

export const NOT_SENDING_LABELS = { daily_limits_hit: 'Daily limits hit', other: 'Not sending' } as const;
export const notSendingStatusSchema = z.enum(['daily_limits_hit', 'other']);

export const AUTOMATION_CONDITIONS = [
  'placement_goes_below',
  'placement_goes_above',
  'added_to_blacklists',
  'removed_from_blacklists',
] as const;
export type AutomationCondition = (typeof AUTOMATION_CONDITIONS)[number];
export const PLACEMENT_CONDITIONS: readonly AutomationCondition[] = [
  'placement_goes_below',
  'placement_goes_above',
];

export const WEEKDAY_KEYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** 24-hour `HH:MM`, the format of the spec's original example and the campaign schedule. */
export const TIME_OF_DAY_PATTERN = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;
/** Create accepts blank, or an optional `ptid_` + 1–45 of [A-Za-z0-9_-] (prefix added if left out). */
export const TEST_CODE_INPUT_PATTERN = /^\s*$|^(ptid_)?(?!ptid_)[A-Za-z0-9_-]{1,45}$/;

export const timezoneSchema = z.enum(INSTANTLY_TIMEZONES, {
  error: (issue) => `timezone must be one of Instantly's ${INSTANTLY_TIMEZONES.length} allowed values (got ${JSON.stringify(issue.input)})`,
});

export const recipientLabelSchema = z.strictObject({
  region: z.string().min(1),
  sub_region: z.string().min(1),
  type: z.string().min(1),
  esp: z.string().min(1),
});
export type RecipientLabel = z.infer<typeof recipientLabelSchema>;
/** GET …/email-service-provider-options items. */
export const espOptionSchema = z.looseObject({
  region: z.string(),
  sub_region: z.string(),
  type: z.string(),
  esp: z.string(),
});
export type EspOption = z.infer<typeof espOptionSchema>;
export const espOptionsSchema = z.array(espOptionSchema);

// ---- schedule -------------------------------------------------------------------------------
export const scheduleInputSchema = z.strictObject({
  days: z.partialRecord(z.enum(WEEKDAY_KEYS, { error: 'schedule/days keys must be "0".."6" (0 = Sunday)' }), z.boolean()).optional(),
  timing: z.strictObject({
    from: z.string().regex(TIME_OF_DAY_PATTERN, { error: 'schedule/timing/from must be a 24-hour time HH:MM' }),
  }).optional(),
  timezone: timezoneSchema.optional(),
});
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

const scheduleResponseSchema = z.looseObject({
  days: z.record(z.string(), z.boolean()).optional(),
  timing: z.looseObject({ from: z.string().optional() }).optional(),
  timezone: z.string().optional(),
});
export type Schedule = z.infer<typeof scheduleResponseSchema>;

// ---- automations ----------------------------------------------------------------------------
export const automationThenSchema = z
  .strictObject({
    webhook_url: z.url({ protocol: /^https?$/, error: 'then/webhook_url must be an http(s) URL' }).optional(),
    pause_sending_campaigns_for: z.number().int().positive({ error: 'then/pause_sending_campaigns_for must be a positive number of days' }).optional(),
    pause: z.boolean().optional(),
    enable_slow_ramp: z.boolean().optional(),
    disable_slow_ramp: z.boolean().optional(),
    add_tags: z.array(z.string()).optional(),
    remove_tags: z.array(z.string()).optional(),
  })
  .refine((t) => Object.keys(t).length >= 1, { error: 'then must NOT have fewer than 1 properties' })
  .refine((t) => !(t.enable_slow_ramp && t.disable_slow_ramp), { error: 'then cannot both enable and disable slow ramp' });

export const automationSchema = z
  .strictObject({
    when: z.strictObject({
      condition: z.enum(AUTOMATION_CONDITIONS, { error: `when/condition must be one of ${AUTOMATION_CONDITIONS.join(', ')}` }),
      condition_value: z.number().min(0).max(100).nullable().optional(),
    }),
    then: automationThenSchema,
  })
  // [I] a placement threshold without a number cannot be evaluated; see ADR 003.
  .refine((a) => !PLACEMENT_CONDITIONS.includes(a.when.condition) || typeof a.when.condition_value === 'number', {
    error: 'when/condition_value (0–100) is required for placement conditions',
    path: ['when', 'condition_value'],
  });
export type Automation = z.infer<typeof automationSchema>;

const automationResponseSchema = z.looseObject({
  when: z.looseObject({ condition: z.string(), condition_value: z.number().nullish() }),
  then: z.looseObject({
    webhook_url: z.string().optional(),
    pause_sending_campaigns_for: z.number().optional(),
    pause: z.boolean().optional(),
    enable_slow_ramp: z.boolean().optional(),
    disable_slow_ramp: z.boolean().optional(),
    add_tags: z.array(z.string()).optional(),
    remove_tags: z.array(z.string()).optional(),
  }),
});

// ---- the test object ------------------------------------------------------------------------
export const placementTestSchema = z.looseObject({
  id: z.string(),
  organization_id: z.string(),
  name: z.string(),
  delivery_mode: deliveryModeSchema.nullish(),
  description: z.string().nullish(),
  schedule: scheduleResponseSchema.nullish(),
  type: typeSchema,
  sending_method: sendingMethodSchema,
  campaign_id: z.string().nullish(),
  email_subject: z.string(),
  email_body: z.string(),
  emails: z.array(z.string()),
  test_code: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  text_only: z.boolean().nullish(),
  recipients: z.array(z.string()),
  recipients_labels: z.array(espOptionSchema).nullish(),
  timestamp_created: z.string(),
  timestamp_next_run: z.string().nullish(),
  automations: z.array(automationResponseSchema).nullish(),
  status: statusSchema.nullish(),
  // The spec says "an empty string if there are no issues"; the enum has no "". Accept both.
  not_sending_status: z.union([notSendingStatusSchema, z.literal('')]).nullish(),
});
export type PlacementTest = z.infer<typeof placementTestSchema>;

export const placementTestMetadataSchema = z.looseObject({
  campaign: z.looseObject({ id: z.string().optional(), name: z.string().optional() }).nullish(),
  tags: z.record(z.string(), z.looseObject({ id: z.string(), label: z.string() })).nullish(),
});
/** GET /{id}: same fields; `metadata` only with `with_metadata=true`. */
export const placementTestDetailSchema = placementTestSchema.extend({
  metadata: placementTestMetadataSchema.optional(),
});
export type PlacementTestDetail = z.infer<typeof placementTestDetailSchema>;
