import { useQuery } from '@tanstack/react-query';
import { senderResultsQueries } from '../../api/sender-results/queries';

/** Whether any workspace's results are being read right now (the tables then refresh as they fill). */
export function useSyncing(): boolean {
  const status = useQuery(senderResultsQueries.sync());
  return status.data?.workspaces.some((w) => w.state === 'syncing') ?? false;
}
