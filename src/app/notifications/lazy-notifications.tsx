import { useEffect, useState, type ComponentType } from 'react';

const loadHost = () => import('./notifications-host');

/** Browsers without `requestIdleCallback` (Safari) wait a moment instead. */
function whenIdle(run: () => void) {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 200);
  return () => window.clearTimeout(id);
}

/**
 * The toasts' container (with its transitions, swipe and scroll-lock helpers, about 11 KB gzip)
 * loads once the first screen is drawn and the browser is idle, not with the first route (ADR 010).
 * A toast raised before then waits in Mantine's store and shows when the container mounts. If
 * the chunk cannot be fetched (the connection dropped), it is asked for again when the browser is
 * back online: browsers do not retry a failed dynamic import by themselves.
 */
export function LazyNotifications() {
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      loadHost().then(
        (module) => !stopped && setHost(() => module.default),
        () => window.addEventListener('online', load, { once: true }),
      );
    const cancel = whenIdle(() => void load());
    return () => {
      stopped = true;
      cancel();
      window.removeEventListener('online', load);
    };
  }, []);
  return Host ? <Host /> : null;
}
