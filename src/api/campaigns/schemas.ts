import { z } from 'zod';
import { limitParam } from '../common/schemas';

/** Campaigns (read-only picker for the create form). Contract: `Campaign`. */
export const CAMPAIGN_STATUS_LABELS: Record<number, string> = {
  [-99]: 'Suspended', [-1]: 'Accounts unhealthy', [-2]: 'Bounce protect', 0: 'Draft', 1: 'Active', 2: 'Paused', 3: 'Completed', 4: 'Running subsequences',
};
export const campaignSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.number(),
  timestamp_created: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const listCampaignsQuerySchema = z.object({
  limit: limitParam.optional(),
  starting_after: z.string().min(1).optional(),
  search: z.string().optional(),
  status: z.coerce.number().optional(),
});
export type ListCampaignsParams = { limit?: number; starting_after?: string; search?: string };
