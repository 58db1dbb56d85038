import * as z from 'zod/mini';
import { codeParam, limitParam } from './common';

/** Campaigns (read-only picker for the create form). Contract: `Campaign`. */
export const CAMPAIGN_STATUS_LABELS: Record<number, string> = {
  [-99]: 'Suspended',
  [-1]: 'Accounts unhealthy',
  [-2]: 'Bounce protect',
  0: 'Draft',
  1: 'Active',
  2: 'Paused',
  3: 'Completed',
  4: 'Running subsequences',
};
export const campaignSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.number(),
  timestamp_created: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const listCampaignsQuerySchema = z.object({
  limit: z.optional(limitParam),
  starting_after: z.optional(z.string().check(z.minLength(1))),
  search: z.optional(z.string()),
  status: z.optional(codeParam([-99, -1, -2, 0, 1, 2, 3, 4] as const, 'status')),
  /** Comma-separated custom-tag ids: campaigns carrying any of them. */
  tag_ids: z.optional(z.string()),
});
export type ListCampaignsParams = { limit?: number; starting_after?: string; search?: string };
