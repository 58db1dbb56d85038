import { useMutation, useQueryClient } from '@tanstack/react-query';
import { analyticsOfTest } from '../analytics/queries';
import { placementTestKeys } from '../placement-tests/queries';
import { reportKeys } from '../reports/queries';
import { sendOutsideMail, testWebhook } from './requests';

/** Emulator only: "send" an outside test's mail; its results then start to arrive (ADR 016). */
export function useSendOutsideMail(testId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { test_code: string; from: string }) => sendOutsideMail(body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries(analyticsOfTest(testId)),
        queryClient.invalidateQueries({ queryKey: reportKeys.forTest(testId) }),
        queryClient.invalidateQueries({ queryKey: placementTestKeys.detail(testId) }),
      ]),
  });
}

/** "Send a test call": one POST from the server, nothing cached. */
export function useTestWebhook() {
  return useMutation({ mutationFn: (url: string) => testWebhook(url) });
}
