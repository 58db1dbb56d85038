import * as z from 'zod/mini';
import { booleanParam, codeParam, limitParam } from './common';

/** Sending accounts (read-only picker for the create form). Contract: `Account`. */
export const ACCOUNT_STATUS_LABELS: Record<number, string> = {
  1: 'Active',
  2: 'Paused',
  3: 'Maintenance',
  [-1]: 'Connection error',
  [-2]: 'Soft bounce error',
  [-3]: 'Sending error',
};
export const accountSchema = z.looseObject({
  email: z.string(),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
  status: z.optional(z.number()),
  provider_code: z.optional(z.number()),
  daily_limit: z.nullish(z.number()),
  inbox_placement_test_limit: z.nullish(z.number()),
  timestamp_created: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/** Instantly silently drops paused and errored accounts from a test. */
export function isAccountUsable(a: Pick<Account, 'status' | 'inbox_placement_test_limit'>): boolean {
  return a.status === 1 && a.inbox_placement_test_limit !== 0;
}

export const listAccountsQuerySchema = z.object({
  limit: z.optional(limitParam),
  starting_after: z.optional(z.string().check(z.minLength(1))),
  search: z.optional(z.string()),
  status: z.optional(codeParam([1, 2, 3, -1, -2, -3] as const, 'status')),
  tag_ids: z.optional(z.string()),
  include_tags: z.optional(booleanParam),
});
export type ListAccountsParams = { limit?: number; starting_after?: string; search?: string; status?: number; tag_ids?: string };
