import { z } from 'zod';
import { booleanParam, limitParam } from '../common/schemas';

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
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  status: z.number().optional(),
  provider_code: z.number().optional(),
  daily_limit: z.number().nullish(),
  inbox_placement_test_limit: z.number().nullish(),
  timestamp_created: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/** Instantly silently drops paused and errored accounts from a test. */
export function isAccountUsable(a: Pick<Account, 'status' | 'inbox_placement_test_limit'>): boolean {
  return a.status === 1 && a.inbox_placement_test_limit !== 0;
}

export const listAccountsQuerySchema = z.object({
  limit: limitParam.optional(),
  starting_after: z.string().min(1).optional(),
  search: z.string().optional(),
  status: z.coerce.number().pipe(z.union([1, 2, 3, -1, -2, -3].map((n) => z.literal(n)))).optional(),
  tag_ids: z.string().optional(),
  include_tags: booleanParam.optional(),
});
export type ListAccountsParams = { limit?: number; starting_after?: string; search?: string; status?: number; tag_ids?: string };
