import * as z from 'zod/mini';
import { deferred } from './deferred';
import {
  espCodeSchema,
  ESP_CODES,
  geoCodeSchema,
  GEO_CODES,
  isoDate,
  limitParam,
  RECIPIENT_TYPE_CODES,
  recipientTypeCodeSchema,
} from './common';

/**
 * Inbox placement analytics: one row per sender → seed email, as sent (1) or received (2).
 * Reference: docs/api/reference.md §4.
 */

export const authenticationFailureSchema = deferred(() => z.looseObject({
  authentication_results: z.nullish(z.string()),
  dkim_signature: z.nullish(z.string()),
  received_spf: z.nullish(z.string()),
}));

export const analyticsRecordSchema = deferred(() => z.looseObject({
  id: z.string(),
  timestamp_created: z.string(),
  timestamp_created_date: z.string(),
  organization_id: z.string(),
  test_id: z.string(),
  record_type: z.nullish(z.union([z.literal(1), z.literal(2)])),
  sender_email: z.nullish(z.string()),
  sender_esp: z.nullish(espCodeSchema),
  recipient_email: z.nullish(z.string()),
  recipient_esp: z.nullish(espCodeSchema),
  recipient_geo: z.nullish(geoCodeSchema),
  recipient_type: z.nullish(recipientTypeCodeSchema),
  is_spam: z.nullish(z.boolean()),
  has_category: z.nullish(z.boolean()),
  spf_pass: z.nullish(z.boolean()),
  dkim_pass: z.nullish(z.boolean()),
  dmarc_pass: z.nullish(z.boolean()),
  smtp_ip_blacklist_report: z.nullish(z.record(z.string(), z.unknown())),
  authentication_failure_results: z.nullish(authenticationFailureSchema),
}));
export type AnalyticsRecord = z.infer<typeof analyticsRecordSchema>;

/** Comma-separated numeric codes in one query-string value, e.g. "1,2". */
function codeListParam(allowed: readonly number[], name: string) {
  return z.string().check(
    z.regex(/^\d+(,\d+)*$/, { error: `querystring/${name} must be comma-separated numbers` }),
    z.refine((v) => v.split(',').every((c) => allowed.includes(Number(c))), {
      error: `querystring/${name} must only contain ${allowed.join(', ')}`,
    }),
  );
}

export const listAnalyticsQuerySchema = deferred(() => z.object({
  test_id: z.string({ error: "querystring must have required property 'test_id'" }).check(z.minLength(1)),
  limit: z.optional(limitParam),
  starting_after: z.optional(z.string().check(z.minLength(1))),
  date_from: z.optional(isoDate('querystring/date_from')),
  date_to: z.optional(isoDate('querystring/date_to')),
  recipient_geo: z.optional(codeListParam(GEO_CODES, 'recipient_geo')),
  recipient_type: z.optional(codeListParam(RECIPIENT_TYPE_CODES, 'recipient_type')),
  recipient_esp: z.optional(codeListParam(ESP_CODES, 'recipient_esp')),
  sender_email: z.optional(z.string()),
}));
/** What the client writes into the query string: the values this schema reads back out of it. */
export type ListAnalyticsParams = z.output<typeof listAnalyticsQuerySchema>;

const filterArrays = () => ({
  recipient_geo: z.optional(z.array(geoCodeSchema)),
  recipient_type: z.optional(z.array(recipientTypeCodeSchema)),
  recipient_esp: z.optional(z.array(espCodeSchema)),
});
const testIdField = z.string({ error: "body must have required property 'test_id'" }).check(z.minLength(1));

export const statsByTestIdBodySchema = deferred(() => z.strictObject({
  test_ids: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, { error: 'body/test_ids must NOT have fewer than 1 items' })),
  date_from: z.optional(isoDate('body/date_from')),
  date_to: z.optional(isoDate('body/date_to')),
  sender_email: z.optional(z.string()),
  ...filterArrays(),
}));
export type StatsByTestIdBody = z.input<typeof statsByTestIdBodySchema>;

export const testStatsSchema = deferred(() => z.looseObject({
  test_id: z.string(),
  count: z.number(),
  spam_count: z.number(),
  spam_percent: z.number(),
  inbox_count: z.number(),
  inbox_percent: z.number(),
  category_count: z.number(),
  category_percent: z.number(),
}));
export type TestStats = z.infer<typeof testStatsSchema>;

export const deliverabilityInsightsBodySchema = deferred(() => z.strictObject({
  test_id: testIdField,
  date_from: z.optional(isoDate('body/date_from')),
  date_to: z.optional(isoDate('body/date_to')),
  previous_date_from: z.optional(isoDate('body/previous_date_from')),
  previous_date_to: z.optional(isoDate('body/previous_date_to')),
  show_previous: z.optional(z.boolean()),
  ...filterArrays(),
}));
export type DeliverabilityInsightsBody = z.input<typeof deliverabilityInsightsBodySchema>;

export const deliverabilityInsightSchema = deferred(() => z.looseObject({
  test_id: z.optional(z.string()),
  from: z.nullish(z.string()),
  to: z.nullish(z.string()),
  previous_from: z.nullish(z.string()),
  previous_to: z.nullish(z.string()),
  sender_esp: z.optional(espCodeSchema),
  recipient_esp: z.optional(espCodeSchema),
  spam_percentage: z.nullish(z.number()),
  inbox_percentage: z.nullish(z.number()),
  category_percentage: z.nullish(z.number()),
  prev_spam_percentage: z.nullish(z.number()),
  prev_inbox_percentage: z.nullish(z.number()),
  prev_category_percentage: z.nullish(z.number()),
}));
export type DeliverabilityInsight = z.infer<typeof deliverabilityInsightSchema>;

export const statsByDateBodySchema = deferred(() => z.strictObject({
  test_id: testIdField,
  date_from: z.optional(isoDate('body/date_from')),
  date_to: z.optional(isoDate('body/date_to')),
  sender_email: z.optional(z.string()),
  ...filterArrays(),
}));
export type StatsByDateBody = z.input<typeof statsByDateBodySchema>;

export const dateStatsSchema = deferred(() => z.looseObject({
  timestamp_created_date: z.string(),
  sent_count: z.number(),
  received_count: z.number(),
  spam_count: z.number(),
  inbox_count: z.number(),
  category_count: z.number(),
}));
export type DateStats = z.infer<typeof dateStatsSchema>;
