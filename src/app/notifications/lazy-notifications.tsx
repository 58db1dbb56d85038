import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { useNotifications } from '@mantine/notifications';

type HostModule = typeof import('./notifications-host');

let hostModule: Promise<HostModule> | null = null;

/**
 * Asks for the toasts' own chunk (once; again after a failure). `main.tsx` asks in the start's
 * first task, after the app's code has been evaluated: the chunk is neither on the first route's
 * budget nor evaluated before the rows are drawn, yet fetched at once, so a connection lost a
 * moment later cannot leave the toasts without their code (browsers do not retry a failed dynamic
 * import by themselves; e2e/offline.spec.ts). Not in the server's drawing.
 */
export function fetchNotificationsHost(): Promise<HostModule> {
  return (hostModule ??= import('./notifications-host'));
}

/**
 * The toasts' container (with its transitions, swipe and scroll-lock helpers, about 11 KB gzip)
 * is not on the first route (ADR 010; docs/benchmarks.md), and it is mounted only when the first
 * toast is raised: until then the page has nothing to show in it, and mounting its six empty
 * position groups cost one commit of 15–20 ms during the start (ADR 027). A toast raised before
 * it mounts waits in Mantine's store and shows when it does. If the chunk could not be fetched
 * (the page was offline from the start), it is asked for again when the browser is back online.
 */
export function LazyNotifications() {
  const wanted = useWantedOnce();
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let stopped = false;
    const load = () => {
      fetchNotificationsHost().then(
        // In a transition: React draws the container in slices that yield to the browser. A
        // plain update from a promise renders and commits in one task (about 20 ms here, ADR 026).
        (module) => !stopped && startTransition(() => setHost(() => module.default)),
        () => {
          hostModule = null;
          window.addEventListener('online', load, { once: true });
        },
      );
    };
    load();
    return () => {
      stopped = true;
      window.removeEventListener('online', load);
    };
  }, [wanted]);
  return Host ? <Host /> : null;
}

/** True from the first toast on (shown or queued), and stays true after they are closed. */
function useWantedOnce(): boolean {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted || notifications.length + queue.length > 0;
}
