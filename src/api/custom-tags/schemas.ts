import { z } from 'zod';
import { limitParam } from '../common/schemas';

/** Custom tags (labels that group sending accounts). Contract: `CustomTag`. */
export const customTagSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  description: z.string().nullish(),
  timestamp_created: z.string(),
  organization_id: z.string(),
});
export type CustomTag = z.infer<typeof customTagSchema>;

export const listCustomTagsQuerySchema = z.object({
  limit: limitParam.optional(),
  starting_after: z.string().min(1).optional(),
  search: z.string().optional(),
  tag_ids: z.string().optional(),
});
export type ListCustomTagsParams = { limit?: number; starting_after?: string; search?: string };
