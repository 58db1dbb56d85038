import { z } from 'zod';
import { booleanParam, isoDateParam, limitParam } from '../common/schemas';

/**
 * Blacklist & SpamAssassin reports, one per sending domain per run.
 * Reference: ../shared/api/inbox-placement-v2.md §5.
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
  domain_blacklist_count: z.number().nullish(),
  domain_ip_blacklist_count: z.number().nullish(),
  spam_assassin_score: z.number(),
  spam_assassin_report: z
    .looseObject({
      is_spam: z.boolean().optional(),
      spam_score: z.number().optional(),
      report: z.array(spamAssassinRuleSchema).optional(),
    })
    .nullish(),
  blacklist_report: z
    .looseObject({
      address: z.string().optional(),
      ip: z.string().optional(),
      is_blacklisted: z.boolean().optional(),
      is_domain: z.boolean().optional(),
      blacklisted_count: z.number().optional(),
      details: z.array(blacklistDetailSchema).optional(),
    })
    .nullish(),
});
export type Report = z.infer<typeof reportSchema>;

export const listReportsQuerySchema = z.object({
  test_id: z.string({ error: "querystring must have required property 'test_id'" }).min(1),
  limit: limitParam.optional(),
  starting_after: z.string().min(1).optional(),
  date_from: isoDateParam.optional(),
  date_to: isoDateParam.optional(),
  skip_spam_assassin_report: booleanParam.optional(),
  skip_blacklist_report: booleanParam.optional(),
});
export type ListReportsParams = {
  test_id: string;
  limit?: number;
  starting_after?: string;
  date_from?: string;
  date_to?: string;
  skip_spam_assassin_report?: boolean;
  skip_blacklist_report?: boolean;
};
