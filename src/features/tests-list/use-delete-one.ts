import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useDeletePlacementTest } from '../../api/placement-tests/mutations';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { ConfirmDeleteRequest } from '../placement-test-ui/use-confirm-delete';

/** The row after (or else before) this one, for focus once this one is gone. */
function neighbourAction(id: string): HTMLElement | null {
  const row = Array.from(document.querySelectorAll<HTMLElement>('tr[data-row-id]')).find(
    (tr) => tr.dataset.rowId === id,
  );
  const isRow = (el: Element | null | undefined) =>
    el instanceof HTMLElement && el.dataset.rowId !== undefined;
  const next = isRow(row?.nextElementSibling) ? row?.nextElementSibling : row?.previousElementSibling;
  return isRow(next) ? (next as HTMLElement).querySelector<HTMLElement>('[data-row-delete]') : null;
}

/** Delete one test after confirming; the dialog waits for the server and shows why it failed. */
export function useDeleteOne(
  confirmDelete: (request: ConfirmDeleteRequest) => void,
  fallbackFocus: () => HTMLElement | null,
) {
  const { mutateAsync } = useDeletePlacementTest();
  return useCallback(
    (placementTest: PlacementTest) => {
      const neighbour = neighbourAction(placementTest.id);
      confirmDelete({
        title: `Delete “${placementTest.name}”?`,
        message: 'The test and its results will be deleted. This cannot be undone.',
        onConfirm: async () => {
          await mutateAsync(placementTest.id);
          notifications.show({ color: 'teal', message: `Deleted “${placementTest.name}”.` });
        },
        focusAfter: () => (neighbour?.isConnected ? neighbour : fallbackFocus()),
      });
    },
    [confirmDelete, mutateAsync, fallbackFocus],
  );
}
