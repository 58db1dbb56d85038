// The toast container on its own, so `toasts.tsx` can load it lazily: importing it from the
// package index there would keep it in the first route with the store.
export { Notifications } from '@mantine/notifications';
