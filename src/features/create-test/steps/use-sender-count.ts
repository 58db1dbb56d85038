import { useQuery } from '@tanstack/react-query';
import { accountQueries } from '../../../api/accounts/queries';
import { isAccountUsable } from '../../../../core/contract/accounts';

/**
 * How many distinct accounts will actually send: the picked ones plus those carrying a picked
 * tag, minus the paused or failing ones Instantly leaves out.
 */
export function useSenderCount(emails: string[], tagIds: string[]) {
  const all = useQuery(accountQueries.picker());
  const tagged = useQuery(accountQueries.tagged(tagIds));
  const statusOf = new Map((all.data?.items ?? []).map((a) => [a.email, a]));
  const candidates = new Map<string, boolean>();
  for (const email of emails) {
    const account = statusOf.get(email);
    candidates.set(email, account ? isAccountUsable(account) : true);
  }
  for (const account of tagIds.length ? (tagged.data?.items ?? []) : [])
    candidates.set(account.email, isAccountUsable(account));
  const usable = [...candidates.values()].filter(Boolean).length;
  return {
    senders: usable,
    leftOut: candidates.size - usable,
    counting: tagIds.length > 0 && tagged.isPending,
    tagsFailed: tagIds.length > 0 && tagged.isError,
  };
}
