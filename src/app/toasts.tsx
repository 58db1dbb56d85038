import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useEffect, useState } from 'react';

const loadNotifications = () => import('./notifications-container');
const Notifications = lazy(async () => ({ default: (await loadNotifications()).Notifications }));

/**
 * Where toasts appear. `notifications.show()` only adds to a store, so the component that draws
 * them (with its transitions) stays off the first route: it is fetched at the user's first click
 * or key press (most toasts answer one, and the request behind it takes longer than the chunk),
 * and mounted when the first toast is shown.
 */
export function Toasts() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  useEffect(() => {
    const load = () => void loadNotifications();
    const options = { once: true, passive: true, capture: true } as const;
    window.addEventListener('pointerdown', load, options);
    window.addEventListener('keydown', load, options);
    return () => {
      window.removeEventListener('pointerdown', load, options);
      window.removeEventListener('keydown', load, options);
    };
  }, []);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" limit={4} />
    </Suspense>
  );
}
