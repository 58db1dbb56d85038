import * as z from 'zod/mini';
import { booleanParam, isoDate, limitParam } from './common';

/**
 * Blacklist & SpamAssassin reports, one per sending domain per run.
 * Reference: docs/api/reference.md §5.
 */

export const SPAM_ASSASSIN_THRESHOLD = 5;

export const spamAssassinRuleSchema = z.looseObject({
  name: z.string(),
  description: z.string(),
  /** The API sends the score as a string, e.g. "0.0". */
  score: z.string(),
});

export const blacklistDetailSchema = z.looseObject({
  blacklist: z.string(),
  is_listed: z.boolean(),
  test_type: z.string(),
});

export const reportSchema = z.looseObject({
  id: z.string(),
  timestamp_created: z.string(),
  timestamp_created_date: z.string(),
  organization_id: z.string(),
  test_id: z.string(),
  domain: z.string(),
  domain_ip: z.string(),
  domain_blacklist_count: z.nullish(z.number()),
  domain_ip_blacklist_count: z.nullish(z.number()),
  spam_assassin_score: z.number(),
  spam_assassin_report: z.nullish(
    z.looseObject({
      is_spam: z.optional(z.boolean()),
      spam_score: z.optional(z.number()),
      report: z.optional(z.array(spamAssassinRuleSchema)),
    }),
  ),
  blacklist_report: z.nullish(
    z.looseObject({
      address: z.optional(z.string()),
      ip: z.optional(z.string()),
      is_blacklisted: z.optional(z.boolean()),
      is_domain: z.optional(z.boolean()),
      blacklisted_count: z.optional(z.number()),
      details: z.optional(z.array(blacklistDetailSchema)),
    }),
  ),
});
export type Report = z.infer<typeof reportSchema>;

export const listReportsQuerySchema = z.object({
  test_id: z.string({ error: "querystring must have required property 'test_id'" }).check(z.minLength(1)),
  limit: z.optional(limitParam),
  starting_after: z.optional(z.string().check(z.minLength(1))),
  date_from: z.optional(isoDate('querystring/date_from')),
  date_to: z.optional(isoDate('querystring/date_to')),
  skip_spam_assassin_report: z.optional(booleanParam),
  skip_blacklist_report: z.optional(booleanParam),
});
/** What the client writes into the query string: the values this schema reads back out of it. */
export type ListReportsParams = z.output<typeof listReportsQuerySchema>;
