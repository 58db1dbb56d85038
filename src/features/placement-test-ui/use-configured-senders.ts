import { useQuery } from '@tanstack/react-query';
import { accountQueries } from '../../api/accounts/queries';
import type { Account } from '../../../core/contract/accounts';
import type { PlacementTest } from '../../../core/contract/placement-tests';

/**
 * The senders a test is configured with: its `emails` plus the accounts carrying its tags, with
 * each account's status (Instantly skips paused and errored accounts: the "silent senders").
 * Outside-sent tests list whatever addresses the user gave, without accounts behind them.
 */
export function useConfiguredSenders(placementTest: PlacementTest) {
  const tagIds = placementTest.tags ?? [];
  const fromInstantly = placementTest.sending_method === 1;
  const tagged = useQuery({ ...accountQueries.tagged(tagIds), enabled: fromInstantly && tagIds.length > 0 });
  const accounts = useQuery({ ...accountQueries.picker(), enabled: fromInstantly });
  const byEmail = new Map<string, Account>(
    [...(accounts.data?.items ?? []), ...(tagged.data?.items ?? [])].map((a) => [a.email.toLowerCase(), a]),
  );
  const senders = [
    ...new Set(
      [...placementTest.emails, ...(tagged.data?.items ?? []).map((a) => a.email)].map((e) =>
        e.toLowerCase(),
      ),
    ),
  ];
  return {
    senders,
    accountOf: (email: string) => byEmail.get(email.toLowerCase()),
    /** Until the tag lookup answers, senders picked by tag are not known yet. */
    loading: tagged.isPending && fromInstantly && tagIds.length > 0,
  };
}
