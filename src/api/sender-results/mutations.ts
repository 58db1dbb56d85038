import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../http';
import { syncStatusesSchema } from '../../../core/contract/sender-results';
import { senderResultsKeys } from './queries';

/** Start (POST) or cancel (DELETE) the sync of every workspace; the answer is the new status. */
export function useSyncResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'start' | 'cancel') =>
      request('/results/sync', syncStatusesSchema, { base: '/api', method: action === 'start' ? 'POST' : 'DELETE' }),
    onSuccess: (status) => queryClient.setQueryData(senderResultsKeys.sync(), status),
  });
}
