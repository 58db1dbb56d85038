import { Notifications } from '@mantine/notifications';

/** Where toasts appear. Its own chunk: see `lazy-notifications.tsx`. */
export default function NotificationsHost() {
  return <Notifications position="bottom-right" limit={4} />;
}
