import * as z from 'zod/mini';
import { booleanParam, codeParam, limitParam } from './common';
import {
  AUTOMATION_CONDITIONS,
  deliveryModeSchema,
  notSendingStatusSchema,
  PLACEMENT_CONDITIONS,
  recipientLabelFields,
  sendingMethodSchema,
  statusSchema,
  TEST_CODE_INPUT_PATTERN,
  TIME_OF_DAY_PATTERN,
  typeSchema,
  WEEKDAY_KEYS,
} from './placement-tests';
import { INSTANTLY_TIMEZONES } from './timezones';

/**
 * Request bodies and query strings for inbox placement tests. Strict: unknown keys are errors,
 * as with the real API (`additionalProperties: false`). The emulator validates with these; the
 * create wizard's form schema derives from `createPlacementTestBaseSchema`.
 */

// A missing field falls through (undefined) to the caller's error map, which says
// "body must have required property 'name'" as Fastify/AJV would.
export const nonBlank = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `body/${field} must be string`) })
    .check(z.trim(), z.minLength(1, { error: `body/${field} must not be empty` }));

export const timezoneSchema = z.enum(INSTANTLY_TIMEZONES, {
  error: (issue) => `body/schedule/timezone must be one of Instantly's ${INSTANTLY_TIMEZONES.length} allowed timezones (got ${JSON.stringify(issue.input)})`,
});

export const recipientLabelSchema = z.strictObject({
  region: recipientLabelFields.region.check(z.minLength(1)),
  sub_region: recipientLabelFields.sub_region.check(z.minLength(1)),
  type: recipientLabelFields.type.check(z.minLength(1)),
  esp: recipientLabelFields.esp.check(z.minLength(1)),
});

export const scheduleInputSchema = z.strictObject({
  days: z.optional(
    // A key outside the enum is an unrecognized key of the record, so the message sits on the record.
    z.partialRecord(z.enum(WEEKDAY_KEYS), z.boolean(), {
      error: (issue) => (issue.code === 'invalid_type' ? undefined : 'body/schedule/days keys must be "0".."6" (0 = Sunday)'),
    }),
  ),
  timing: z.optional(
    z.strictObject({
      from: z.string().check(z.regex(TIME_OF_DAY_PATTERN, { error: 'body/schedule/timing/from must be a 24-hour time HH:MM' })),
    }),
  ),
  timezone: z.optional(timezoneSchema),
});
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

export const automationThenSchema = z.strictObject({
  webhook_url: z.optional(z.url({ protocol: /^https?$/, error: 'then/webhook_url must be an http(s) URL' })),
  pause_sending_campaigns_for: z.optional(
    z.number().check(z.positive({ error: 'then/pause_sending_campaigns_for must be a positive number of days' })),
  ),
  pause: z.optional(z.boolean()),
  enable_slow_ramp: z.optional(z.boolean()),
  disable_slow_ramp: z.optional(z.boolean()),
  add_tags: z.optional(z.array(z.string())),
  remove_tags: z.optional(z.array(z.string())),
}).check(
  // "Not both slow-ramp actions" is a wizard rule only: the official example sends both.
  z.refine((t) => Object.keys(t).length >= 1, { error: 'then must NOT have fewer than 1 properties' }),
);

export const automationSchema = z
  .strictObject({
    when: z.strictObject({
      condition: z.enum(AUTOMATION_CONDITIONS, { error: `when/condition must be one of ${AUTOMATION_CONDITIONS.join(', ')}` }),
      condition_value: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(100)))),
    }),
    then: automationThenSchema,
  })
  // [I] a placement threshold without a number cannot be evaluated; ADR 003.
  .check(
    z.refine((a) => !PLACEMENT_CONDITIONS.includes(a.when.condition) || typeof a.when.condition_value === 'number', {
      error: 'when/condition_value (0–100) is required for placement conditions',
      path: ['when', 'condition_value'],
    }),
  );
export type Automation = z.infer<typeof automationSchema>;

export const createPlacementTestBaseSchema = z.strictObject({
  name: nonBlank('name'),
  type: typeSchema,
  sending_method: sendingMethodSchema,
  email_subject: nonBlank('email_subject'),
  email_body: nonBlank('email_body'),
  emails: z.array(z.email({ error: 'body/emails must hold email addresses' })),
  delivery_mode: z.optional(z.nullable(deliveryModeSchema)),
  // `description` and `tags` are in the seed document and the fuller official extract; ADR 003.
  description: z.optional(z.nullable(z.string())),
  schedule: z.optional(scheduleInputSchema),
  campaign_id: z.optional(z.nullable(z.string())),
  test_code: z.optional(
    z.nullable(z.string().check(z.regex(TEST_CODE_INPUT_PATTERN, { error: 'body/test_code must be ptid_ followed by 1–45 letters, digits, "-" or "_"' }))),
  ),
  tags: z.optional(z.nullable(z.array(z.string()))),
  text_only: z.optional(z.nullable(z.boolean())),
  recipients_labels: z.optional(z.array(recipientLabelSchema)),
  timestamp_next_run: z.optional(z.nullable(z.string())),
  automations: z.optional(z.nullable(z.array(automationSchema))),
  status: z.optional(z.nullable(statusSchema)),
  not_sending_status: z.optional(z.nullable(notSendingStatusSchema)),
  run_immediately: z.optional(z.boolean()),
});
type CreateBase = z.infer<typeof createPlacementTestBaseSchema>;

/** Cross-field rules. [I] Inferred from how the API behaves in practice; ADR 003 lists them. */
export const createRules = z.superRefine((body: CreateBase, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: body });
  if (body.sending_method === 1 && body.emails.length === 0 && !body.tags?.length) {
    issue(['emails'], 'body/emails must list at least one sending account (or give tags) when sending from Instantly');
  }
  if (body.type === 2) {
    const s = body.schedule;
    if (!s?.days || !Object.values(s.days).some(Boolean)) issue(['schedule', 'days'], 'body/schedule/days must enable at least one weekday for an automated test');
    if (!s?.timing?.from) issue(['schedule', 'timing', 'from'], 'body/schedule/timing/from is required for an automated test');
    if (!s?.timezone) issue(['schedule', 'timezone'], 'body/schedule/timezone is required for an automated test');
  }
});

export const createPlacementTestBodySchema = createPlacementTestBaseSchema.check(createRules);
export type CreatePlacementTestBody = z.input<typeof createPlacementTestBaseSchema>;

/** The fields both PATCH schemas share: the current official schema's whole set. */
const officialPatchFields = {
  name: z.optional(nonBlank('name')),
  schedule: z.optional(scheduleInputSchema),
  automations: z.optional(z.nullable(z.array(automationSchema))),
  status: z.optional(z.nullable(statusSchema)),
};
const atLeastOneField = z.refine((b) => Object.keys(b as object).length >= 1, {
  error: 'body must NOT have fewer than 1 properties',
});

/**
 * PATCH: the official spec allows name, schedule, automations, status; the seed document also
 * allows description. Both are accepted (ADR 003).
 */
export const patchPlacementTestBodySchema = z
  .strictObject({ ...officialPatchFields, description: z.optional(z.nullable(z.string())) })
  .check(atLeastOneField);
export type PatchPlacementTestBody = z.input<typeof patchPlacementTestBodySchema>;

/**
 * PATCH as the current official schema has it (`additionalProperties: false` over name, schedule,
 * automations, status): `description` is refused. The fake Instantly of the real-API journeys
 * answers with this, so the dashboard's handling of that refusal is tested (ADR 003).
 */
export const officialPatchPlacementTestBodySchema = z.strictObject(officialPatchFields).check(atLeastOneField);

export const SORT_COLUMNS = ['id', 'timestamp_created', 'name'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** GET list query. `sort_column` is the seed document's (removed from the official spec 2025-09). */
export const listPlacementTestsQuerySchema = z.object({
  limit: z.optional(limitParam),
  starting_after: z.optional(z.string().check(z.minLength(1))),
  search: z.optional(z.string().check(z.maxLength(500, { error: 'querystring/search must be at most 500 characters' }))),
  status: z.optional(codeParam([1, 2, 3] as const, 'status')),
  sort_order: z.optional(z.enum(['asc', 'desc'], { error: 'querystring/sort_order must be equal to one of the allowed values (asc, desc)' })),
  sort_column: z.optional(z.enum(SORT_COLUMNS, { error: 'querystring/sort_column must be id, timestamp_created or name' })),
});
/** What the client writes into the query string: the values this schema reads back out of it. */
export type ListPlacementTestsParams = z.output<typeof listPlacementTestsQuerySchema>;

export const getPlacementTestQuerySchema = z.object({ with_metadata: z.optional(booleanParam) });
