import { z } from 'zod';
import { espCodeSchema, geoCodeSchema, isoDateParam, limitParam, recipientTypeCodeSchema } from '../common/schemas';

/**
 * Inbox placement analytics: one row per sender → seed email, as sent (1) or received (2).
 * Reference: ../shared/api/inbox-placement-v2.md §4.
 */

export const RECORD_TYPES = { sent: 1, received: 2 } as const;
export const RECORD_TYPE_LABELS = { 1: 'Sent', 2: 'Received' } as const;

export const authenticationFailureSchema = z.looseObject({
  authentication_results: z.string().nullish(),
  dkim_signature: z.string().nullish(),
  received_spf: z.string().nullish(),
});

export const analyticsRecordSchema = z.looseObject({
  id: z.string(),
  timestamp_created: z.string(),
  timestamp_created_date: z.string(),
  organization_id: z.string(),
  test_id: z.string(),
  record_type: z.union([z.literal(1), z.literal(2)]).nullish(),
  sender_email: z.string().nullish(),
  sender_esp: espCodeSchema.nullish(),
  recipient_email: z.string().nullish(),
  recipient_esp: espCodeSchema.nullish(),
  recipient_geo: geoCodeSchema.nullish(),
  recipient_type: recipientTypeCodeSchema.nullish(),
  is_spam: z.boolean().nullish(),
  has_category: z.boolean().nullish(),
  spf_pass: z.boolean().nullish(),
  dkim_pass: z.boolean().nullish(),
  dmarc_pass: z.boolean().nullish(),
  smtp_ip_blacklist_report: z.record(z.string(), z.unknown()).nullish(),
  authentication_failure_results: authenticationFailureSchema.nullish(),
});
export type AnalyticsRecord = z.infer<typeof analyticsRecordSchema>;

/** Comma-separated numeric codes in one query-string value, e.g. "1,2". */
function codeListParam(allowed: readonly number[], name: string) {
  return z
    .string()
    .regex(/^\d+(,\d+)*$/, { error: `querystring/${name} must be comma-separated numbers` })
    .refine((v) => v.split(',').every((c) => allowed.includes(Number(c))), {
      error: `querystring/${name} must only contain ${allowed.join(', ')}`,
    });
}

export const listAnalyticsQuerySchema = z.object({
  test_id: z.string({ error: "querystring must have required property 'test_id'" }).min(1),
  limit: limitParam.optional(),
  starting_after: z.string().min(1).optional(),
  date_from: isoDateParam.optional(),
  date_to: isoDateParam.optional(),
  recipient_geo: codeListParam([1, 2, 3, 4], 'recipient_geo').optional(),
  recipient_type: codeListParam([1, 2], 'recipient_type').optional(),
  recipient_esp: codeListParam([1, 2, 8, 12, 13], 'recipient_esp').optional(),
  sender_email: z.string().optional(),
});
export type ListAnalyticsParams = {
  test_id: string;
  limit?: number;
  starting_after?: string;
  date_from?: string;
  date_to?: string;
  recipient_geo?: string;
  recipient_type?: string;
  recipient_esp?: string;
  sender_email?: string;
};

const filterArrays = {
  recipient_geo: z.array(geoCodeSchema).optional(),
  recipient_type: z.array(recipientTypeCodeSchema).optional(),
  recipient_esp: z.array(espCodeSchema).optional(),
};

export const statsByTestIdBodySchema = z.strictObject({
  test_ids: z.array(z.string().min(1)).min(1, { error: 'body/test_ids must NOT have fewer than 1 items' }),
  date_from: isoDateParam.optional(),
  date_to: isoDateParam.optional(),
  sender_email: z.string().optional(),
  ...filterArrays,
});
export type StatsByTestIdBody = z.input<typeof statsByTestIdBodySchema>;

export const testStatsSchema = z.looseObject({
  test_id: z.string(),
  count: z.number(),
  spam_count: z.number(),
  spam_percent: z.number(),
  inbox_count: z.number(),
  inbox_percent: z.number(),
  category_count: z.number(),
  category_percent: z.number(),
});
export type TestStats = z.infer<typeof testStatsSchema>;

export const deliverabilityInsightsBodySchema = z.strictObject({
  test_id: z.string().min(1),
  date_from: isoDateParam.optional(),
  date_to: isoDateParam.optional(),
  previous_date_from: isoDateParam.optional(),
  previous_date_to: isoDateParam.optional(),
  show_previous: z.boolean().optional(),
  ...filterArrays,
});
export type DeliverabilityInsightsBody = z.input<typeof deliverabilityInsightsBodySchema>;

export const deliverabilityInsightSchema = z.looseObject({
  test_id: z.string().optional(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  previous_from: z.string().nullish(),
  previous_to: z.string().nullish(),
  sender_esp: espCodeSchema.optional(),
  recipient_esp: espCodeSchema.optional(),
  spam_percentage: z.number().nullish(),
  inbox_percentage: z.number().nullish(),
  category_percentage: z.number().nullish(),
  prev_spam_percentage: z.number().nullish(),
  prev_inbox_percentage: z.number().nullish(),
  prev_category_percentage: z.number().nullish(),
});
export type DeliverabilityInsight = z.infer<typeof deliverabilityInsightSchema>;

export const statsByDateBodySchema = z.strictObject({
  test_id: z.string().min(1),
  date_from: isoDateParam.optional(),
  date_to: isoDateParam.optional(),
  sender_email: z.string().optional(),
  ...filterArrays,
});
export type StatsByDateBody = z.input<typeof statsByDateBodySchema>;

export const dateStatsSchema = z.looseObject({
  timestamp_created_date: z.string(),
  sent_count: z.number(),
  received_count: z.number(),
  spam_count: z.number(),
  inbox_count: z.number(),
  category_count: z.number(),
});
export type DateStats = z.infer<typeof dateStatsSchema>;
