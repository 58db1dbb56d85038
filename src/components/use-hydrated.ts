import { startTransition, useEffect, useState } from 'react';

/** Whether React is taking over a page the server drew: always on the server, in the browser while main.tsx hydrates. */
let takingOver = typeof window === 'undefined';

/** main.tsx: on before it hydrates the server's page, off once the app has taken it over. */
export function setTakingOver(value: boolean): void {
  takingOver = value;
}

/**
 * `false` on the server and while React takes over a page the server drew (hydration), `true`
 * after, and at once for what mounts later. What depends on an answer that can arrive in the
 * middle of the takeover (the header's `/api/status` is asked for before the page below it is
 * taken over) waits for this, so the takeover sees the page as the server drew it and then updates
 * (ADR 011). So do the form controls the server draws (search, selects, checkboxes): `inert` until
 * then, so nothing is typed or ticked that the app would not know of (ADR 028). Lifting it from
 * those few elements restyles only them; `inert` on the whole drawn page restyled all of it.
 * The update after the takeover is a transition, rendered in slices like the takeover
 * itself: the usual `useSyncExternalStore` way to tell a takeover apart forces a synchronous
 * second render of the component when it ends, which for the toolbar was a 20–50 ms task (ADR 025).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => !takingOver);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
