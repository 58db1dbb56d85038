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
 * is not on the first route (ADR 010; docs/benchmarks.md), and it is not mounted by the start:
 * mounting its six empty position groups cost one commit of 15–20 ms (ADR 027). It mounts once the
 * browser is first idle, so that toasts slide in as usual, or at once when a toast is raised
 * before that. A toast raised before it mounts waits in Mantine's store and shows when it does. If
 * the chunk could not be fetched (the page was offline from the start), it is asked for again
 * when the browser is back online.
 */
export function LazyNotifications() {
  const idle = useBrowserIdle();
  const raised = useRaisedOnce();
  const wanted = idle || raised;
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

/** True once the store has held a toast (shown or queued), and from then on. */
function useRaisedOnce(): boolean {
  const { notifications, queue } = useNotifications();
  const now = notifications.length + queue.length > 0;
  const [raised, setRaised] = useState(now);
  if (now && !raised) setRaised(true);
  return raised || now;
}

/** True from the browser's first idle period after the mount (a timer where there is none). */
function useBrowserIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 2000);
    return () => window.clearTimeout(id);
  }, []);
  return idle;
}
