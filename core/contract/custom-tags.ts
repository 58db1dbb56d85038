import * as z from 'zod/mini';
import { limitParam } from './common';

/** Custom tags (labels that group sending accounts). Contract: `CustomTag`. */
export const customTagSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  description: z.nullish(z.string()),
  timestamp_created: z.string(),
  organization_id: z.string(),
});
export type CustomTag = z.infer<typeof customTagSchema>;

export const listCustomTagsQuerySchema = z.object({
  limit: z.optional(limitParam),
  starting_after: z.optional(z.string().check(z.minLength(1))),
  search: z.optional(z.string()),
  tag_ids: z.optional(z.string()),
  /** Comma-separated resource ids (account emails, campaign ids): tags attached to any of them. */
  resource_ids: z.optional(z.string()),
});
export type ListCustomTagsParams = { limit?: number; starting_after?: string; search?: string };
