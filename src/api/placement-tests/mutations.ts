import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { removeCachedTest, getCachedStatus, updateCachedTest } from './cache';
import { placementTestKeys } from './queries';
import type { CreatePlacementTestBody, PatchPlacementTestBody } from '../../../core/contract/placement-test-requests';
import { createPlacementTest, deletePlacementTest, patchPlacementTest } from './requests';
import type { PlacementTestDetail, PlacementTestStatus } from '../../../core/contract/placement-tests';

/** Refetch lists and details (not the session-long ESP options). */
function invalidateTests(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: placementTestKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: placementTestKeys.details() }),
  ]);
}

export const setStatusMutationKey = [...placementTestKeys.all, 'set-status'] as const;

/** Create waits for the server and is never retried (a 429 aside): one click makes one test. */
export function useCreatePlacementTest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlacementTestBody) => createPlacementTest(body),
    onSuccess: (created) => {
      queryClient.setQueryData<PlacementTestDetail>(placementTestKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: placementTestKeys.lists() });
    },
  });
}

export function usePatchPlacementTest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PatchPlacementTestBody }) => patchPlacementTest(id, body),
    onSuccess: (updated) => {
      // Keep `metadata` (only GET-one returns it) while taking every field the PATCH returned.
      updateCachedTest(queryClient, updated.id, (t) => ({ ...t, ...updated }));
      return invalidateTests(queryClient);
    },
  });
}

type StatusVariables = { id: string; status: Extract<PlacementTestStatus, 1 | 2> };

/**
 * Pause (2) / resume (1), optimistic. Rollback restores only this test's status, so concurrent
 * toggles on other rows keep theirs; the refetch waits for the last toggle in flight.
 */
export function useSetPlacementTestStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: setStatusMutationKey,
    mutationFn: ({ id, status }: StatusVariables) => patchPlacementTest(id, { status }),
    onMutate: async ({ id, status }) => {
      await queryClient.cancelQueries({ queryKey: placementTestKeys.lists() });
      await queryClient.cancelQueries({ queryKey: placementTestKeys.detail(id) });
      const previous = getCachedStatus(queryClient, id);
      updateCachedTest(queryClient, id, (t) => ({ ...t, status }));
      return { previous };
    },
    onError: (_error, { id, status }, context) => {
      if (context?.previous === undefined) return;
      updateCachedTest(queryClient, id, (t) => (t.status === status ? { ...t, status: context.previous } : t));
    },
    onSuccess: (updated) => {
      updateCachedTest(queryClient, updated.id, (t) => ({ ...t, ...updated }));
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey: setStatusMutationKey }) === 1) {
        return invalidateTests(queryClient);
      }
      return undefined;
    },
  });
}

export const deleteMutationKey = [...placementTestKeys.all, 'delete'] as const;

/**
 * Delete waits for the server; the row disappears only once it is gone there. Lists refetch
 * when the last delete in flight settles, so a bulk delete refetches once, not once per test.
 */
export function useDeletePlacementTest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: deleteMutationKey,
    mutationFn: (id: string) => deletePlacementTest(id),
    onSuccess: (_deleted, id) => {
      removeCachedTest(queryClient, id);
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey: deleteMutationKey }) === 1) {
        return queryClient.invalidateQueries({ queryKey: placementTestKeys.lists() });
      }
      return undefined;
    },
  });
}
