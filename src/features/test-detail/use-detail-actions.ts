import { notifications } from '@mantine/notifications';
import { useLocation } from 'wouter';
import { getErrorMessage } from '../../api/errors';
import { useDeletePlacementTest, useSetPlacementTestStatus } from '../../api/placement-tests/mutations';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { ConfirmDeleteRequest } from '../placement-test-ui/use-confirm-delete';

/**
 * Pause/resume (optimistic in the mutation hook; this adds the toasts) and delete after a
 * confirmation that waits for the server, then back to the list.
 */
export function useDetailActions(
  placementTest: PlacementTest,
  confirmDelete: (request: ConfirmDeleteRequest) => void,
) {
  const setStatus = useSetPlacementTestStatus();
  const remove = useDeletePlacementTest();
  const [, navigate] = useLocation();
  const { id, name, status } = placementTest;

  const toggleStatus = () => {
    const pausing = status === 1;
    setStatus
      .mutateAsync({ id, status: pausing ? 2 : 1 })
      .then(() =>
        notifications.show({
          color: 'teal',
          message: pausing ? `Paused “${name}”. It will not run until you resume it.` : `Resumed “${name}”.`,
        }),
      )
      .catch((error: unknown) =>
        notifications.show({
          color: 'red',
          title: `Could not ${pausing ? 'pause' : 'resume'} “${name}”`,
          message: getErrorMessage(error),
        }),
      );
  };

  const deleteTest = () =>
    confirmDelete({
      title: `Delete “${name}”?`,
      message: 'The test and its results will be deleted. This cannot be undone.',
      onConfirm: async () => {
        await remove.mutateAsync(id);
        notifications.show({ color: 'teal', message: `Deleted “${name}”.` });
        // In the same tick as the removal from the cache, so this page never refetches the gone test.
        navigate('/tests');
      },
    });

  return { toggleStatus, deleteTest };
}
