import * as z from 'zod/mini';
import { deferred } from './deferred';
import { literalUnion } from './common';

/**
 * THE contract for inbox placement tests. Responses are loose (extra fields and the nulls the
 * spec allows); request bodies (placement-test-requests.ts) are strict, as the real API rejects unknown
 * keys. Reference: docs/api/reference.md §3; seed-vs-official differences: ADR 003.
 */

export const PLACEMENT_TEST_TYPES = { oneTime: 1, automated: 2 } as const;
export const TYPE_LABELS = { 1: 'One-time', 2: 'Automated' } as const;
export const typeSchema = deferred(() => literalUnion([1, 2] as const));

export const SENDING_METHODS = { instantly: 1, outside: 2 } as const;
export const SENDING_METHOD_LABELS = { 1: 'From Instantly', 2: 'From outside Instantly' } as const;
export const sendingMethodSchema = deferred(() => literalUnion([1, 2] as const));

export const DELIVERY_MODE_LABELS = { 1: 'One by one', 2: 'All together' } as const;
export const deliveryModeSchema = deferred(() => literalUnion([1, 2] as const));

export const STATUSES = { active: 1, paused: 2, completed: 3 } as const;
export const STATUS_LABELS = { 1: 'Active', 2: 'Paused', 3: 'Completed' } as const;
export const statusSchema = deferred(() => literalUnion([1, 2, 3] as const));
export type PlacementTestStatus = z.infer<typeof statusSchema>;

export const NOT_SENDING_STATUSES = ['daily_limits_hit', 'other'] as const;
export const NOT_SENDING_LABELS = { daily_limits_hit: 'Daily limits hit', other: 'Not sending' } as const;
export const notSendingStatusSchema = deferred(() => z.enum(NOT_SENDING_STATUSES));

export const AUTOMATION_CONDITIONS = [
  'placement_goes_below',
  'placement_goes_above',
  'added_to_blacklists',
  'removed_from_blacklists',
] as const;
export type AutomationCondition = (typeof AUTOMATION_CONDITIONS)[number];
export const PLACEMENT_CONDITIONS: readonly AutomationCondition[] = ['placement_goes_below', 'placement_goes_above'];

export const WEEKDAY_KEYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** 24-hour `HH:MM`, the format of the spec's original example and the campaign schedule. */
export const TIME_OF_DAY_PATTERN = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;
/** Create accepts blank, or an optional `ptid_` + 1–45 of [A-Za-z0-9_-] (prefix added if left out). */
export const TEST_CODE_INPUT_PATTERN = /^\s*$|^(ptid_)?(?!ptid_)[A-Za-z0-9_-]{1,45}$/;

export const recipientLabelFields = {
  region: z.string(),
  sub_region: z.string(),
  type: z.string(),
  esp: z.string(),
};
export type RecipientLabel = { region: string; sub_region: string; type: string; esp: string };

/** GET …/email-service-provider-options items (and `recipients_labels` in responses). */
export const espOptionSchema = deferred(() => z.looseObject(recipientLabelFields));
export type EspOption = z.infer<typeof espOptionSchema>;
export const espOptionsSchema = deferred(() => z.array(espOptionSchema));

const scheduleResponseSchema = deferred(() => z.looseObject({
  days: z.optional(z.record(z.string(), z.boolean())),
  timing: z.optional(z.looseObject({ from: z.optional(z.string()) })),
  timezone: z.optional(z.string()),
}));
export type Schedule = z.infer<typeof scheduleResponseSchema>;

export const automationResponseSchema = deferred(() => z.looseObject({
  when: z.looseObject({ condition: z.string(), condition_value: z.nullish(z.number()) }),
  then: z.looseObject({
    webhook_url: z.optional(z.string()),
    pause_sending_campaigns_for: z.optional(z.number()),
    pause: z.optional(z.boolean()),
    enable_slow_ramp: z.optional(z.boolean()),
    disable_slow_ramp: z.optional(z.boolean()),
    add_tags: z.optional(z.array(z.string())),
    remove_tags: z.optional(z.array(z.string())),
  }),
}));
export type AutomationView = z.infer<typeof automationResponseSchema>;

const placementTestShape = () => ({
  id: z.string(),
  organization_id: z.string(),
  name: z.string(),
  delivery_mode: z.nullish(deliveryModeSchema),
  description: z.nullish(z.string()),
  schedule: z.nullish(scheduleResponseSchema),
  type: typeSchema,
  sending_method: sendingMethodSchema,
  campaign_id: z.nullish(z.string()),
  email_subject: z.string(),
  email_body: z.string(),
  emails: z.array(z.string()),
  test_code: z.nullish(z.string()),
  tags: z.nullish(z.array(z.string())),
  text_only: z.nullish(z.boolean()),
  recipients: z.array(z.string()),
  recipients_labels: z.nullish(z.array(espOptionSchema)),
  timestamp_created: z.string(),
  timestamp_next_run: z.nullish(z.string()),
  automations: z.nullish(z.array(automationResponseSchema)),
  status: z.nullish(statusSchema),
  // The spec says "an empty string if there are no issues" but its enum has no "": accept both.
  not_sending_status: z.nullish(z.union([notSendingStatusSchema, z.literal('')])),
});
export const placementTestSchema = deferred(() => z.looseObject(placementTestShape()));
export type PlacementTest = z.infer<typeof placementTestSchema>;

export const placementTestMetadataSchema = deferred(() => z.looseObject({
  campaign: z.nullish(z.looseObject({ id: z.optional(z.string()), name: z.optional(z.string()) })),
  tags: z.nullish(z.record(z.string(), z.looseObject({ id: z.string(), label: z.string() }))),
}));
/** GET /{id}: same fields; `metadata` only with `with_metadata=true`. */
export const placementTestDetailSchema = deferred(() => z.looseObject({
  ...placementTestShape(),
  metadata: z.optional(placementTestMetadataSchema),
}));
export type PlacementTestDetail = z.infer<typeof placementTestDetailSchema>;
