import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { getErrorMessage } from '../../api/errors';
import { useSetPlacementTestStatus } from '../../api/placement-tests/mutations';
import type { PlacementTest } from '../../../core/contract/placement-tests';

/**
 * Pause an active test, resume a paused one. The hook flips the badge at once and rolls it back
 * if the PATCH fails; this adds the toast that names the test and says why.
 */
export function useToggleStatus() {
  const { mutateAsync } = useSetPlacementTestStatus();
  return useCallback(
    (placementTest: PlacementTest) => {
      const pausing = placementTest.status === 1;
      // mutateAsync, not mutate(…, callbacks): mutate's callbacks fire only for a hook's latest
      // call, and toggles on several rows run at the same time.
      mutateAsync({ id: placementTest.id, status: pausing ? 2 : 1 }).catch((error: unknown) => {
        notifications.show({
          color: 'red',
          title: `Could not ${pausing ? 'pause' : 'resume'} “${placementTest.name}”`,
          message: getErrorMessage(error),
        });
      });
    },
    [mutateAsync],
  );
}
