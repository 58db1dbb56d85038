import { Alert } from '@mantine/core';
import { onlineManager } from '@tanstack/react-query';
import { IconWifiOff } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';

/**
 * React Query pauses requests while the browser is offline and sends them once, when it is back;
 * this says so, while the screen keeps showing the data it has.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(
    (notify) => onlineManager.subscribe(notify),
    () => onlineManager.isOnline(),
    // A page drawn on the server (ADR 011) is drawn online: the server just fetched its data.
    () => true,
  );
  if (online) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconWifiOff aria-hidden />}
      title="You are offline"
      role="status"
      mb="md"
      // Mantine colours a light alert's title yellow on yellow, below WCAG AA contrast (same fix
      // as features/create-test/readable-alert.ts).
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      Showing the last data loaded. Changes you make wait and are sent once, when the connection returns.
    </Alert>
  );
}
