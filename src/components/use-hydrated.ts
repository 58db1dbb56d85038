import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * `false` on the server and while React takes over a page the server drew (hydration), `true`
 * after. What depends on an answer that can arrive in the middle of the takeover (the header's
 * `/api/status` is asked for before the page below it is taken over) waits for this, so the
 * takeover sees the page as the server drew it and then updates (ADR 011).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
