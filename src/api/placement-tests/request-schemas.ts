import { z } from 'zod';
import { limitParam, booleanParam } from '../common/schemas';
import {
  automationSchema,
  deliveryModeSchema,
  notSendingStatusSchema,
  recipientLabelSchema,
  scheduleInputSchema,
  sendingMethodSchema,
  statusSchema,
  TEST_CODE_INPUT_PATTERN,
  typeSchema,
} from './schemas';

/**
 * Request bodies and query strings for inbox placement tests. Strict: unknown keys are errors,
 * as with the real API (`additionalProperties: false`). The emulator validates with these; the
 * create wizard's form schema derives from `createPlacementTestBodySchema`.
 */

const nonBlank = (field: string) =>
  z.string({ error: `body/${field} must be string` }).trim().min(1, { error: `body/${field} must not be empty` });

export const createPlacementTestBaseSchema = z.strictObject({
  name: nonBlank('name'),
  type: typeSchema,
  sending_method: sendingMethodSchema,
  email_subject: nonBlank('email_subject'),
  email_body: nonBlank('email_body'),
  emails: z.array(z.email({ error: 'body/emails must hold email addresses' })),
  delivery_mode: deliveryModeSchema.nullable().optional(),
  // `description` and `tags` are in the seed document and the fuller official extract; ADR 003.
  description: z.string().nullable().optional(),
  schedule: scheduleInputSchema.optional(),
  campaign_id: z.string().nullable().optional(),
  test_code: z
    .string()
    .regex(TEST_CODE_INPUT_PATTERN, { error: 'body/test_code must be ptid_ followed by 1–45 letters, digits, "-" or "_"' })
    .nullable()
    .optional(),
  tags: z.array(z.string()).nullable().optional(),
  text_only: z.boolean().nullable().optional(),
  recipients_labels: z.array(recipientLabelSchema).optional(),
  timestamp_next_run: z.string().nullable().optional(),
  automations: z.array(automationSchema).nullable().optional(),
  status: statusSchema.nullable().optional(),
  not_sending_status: notSendingStatusSchema.nullable().optional(),
  run_immediately: z.boolean().optional(),
});

type CreateBase = z.infer<typeof createPlacementTestBaseSchema>;

/** Cross-field rules. [I] Inferred from how the API behaves in practice; ADR 003 lists them. */
export function checkCreateRules(body: CreateBase, ctx: z.RefinementCtx) {
  if (body.sending_method === 1 && body.emails.length === 0 && !body.tags?.length) {
    ctx.addIssue({ code: 'custom', path: ['emails'], message: 'body/emails must list at least one sending account (or give tags) when sending from Instantly' });
  }
  if (body.type === 2) {
    const s = body.schedule;
    if (!s?.days || !Object.values(s.days).some(Boolean)) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'days'], message: 'body/schedule/days must enable at least one weekday for an automated test' });
    }
    if (!s?.timing?.from) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'timing', 'from'], message: 'body/schedule/timing/from is required for an automated test' });
    }
    if (!s?.timezone) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'timezone'], message: 'body/schedule/timezone is required for an automated test' });
    }
  }
}

export const createPlacementTestBodySchema = createPlacementTestBaseSchema.superRefine(checkCreateRules);
export type CreatePlacementTestBody = z.input<typeof createPlacementTestBodySchema>;

/**
 * PATCH: the official spec allows name, schedule, automations, status; the seed document also
 * allows description. Both are accepted (ADR 003).
 */
export const patchPlacementTestBodySchema = z
  .strictObject({
    name: nonBlank('name').optional(),
    description: z.string().nullable().optional(),
    schedule: scheduleInputSchema.optional(),
    automations: z.array(automationSchema).nullable().optional(),
    status: statusSchema.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length >= 1, { error: 'body must NOT have fewer than 1 properties' });
export type PatchPlacementTestBody = z.input<typeof patchPlacementTestBodySchema>;

export const SORT_COLUMNS = ['id', 'timestamp_created', 'name'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** GET list query. `sort_column` is the seed document's (removed from the official spec 2025-09). */
export const listPlacementTestsQuerySchema = z.object({
  limit: limitParam.optional(),
  starting_after: z.string().min(1).optional(),
  search: z.string().max(500, { error: 'querystring/search must be at most 500 characters' }).optional(),
  status: z.coerce.number().pipe(statusSchema).optional(),
  sort_order: z.enum(['asc', 'desc'], { error: 'querystring/sort_order must be asc or desc' }).optional(),
  sort_column: z.enum(SORT_COLUMNS, { error: 'querystring/sort_column must be id, timestamp_created or name' }).optional(),
});
export type ListPlacementTestsQuery = z.input<typeof listPlacementTestsQuerySchema>;
export type ListPlacementTestsParams = {
  limit?: number;
  starting_after?: string;
  search?: string;
  status?: 1 | 2 | 3;
  sort_order?: 'asc' | 'desc';
  sort_column?: SortColumn;
};

export const getPlacementTestQuerySchema = z.object({ with_metadata: booleanParam.optional() });
