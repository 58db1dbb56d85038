import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/**
 * When the page on screen was drawn on the server (ms since the epoch; ADR 011), or `null`. The
 * first render uses that time on both sides, so taking the page over finds the same "in 3 h"
 * even when a minute turned in between; the real time follows right after.
 */
export const DrawnAtContext = createContext<number | null>(null);

/** The current time, refreshed every `intervalMs`, so "in 3 h" hints do not go stale on an open tab. */
export function useNow(intervalMs = 60_000): Date {
  const drawnAt = useContext(DrawnAtContext);
  const [now, setNow] = useState(() => new Date(drawnAt ?? Date.now()));
  useEffect(() => {
    // In the background: the hints that changed since the page was drawn update without a long task.
    if (drawnAt !== null) startTransition(() => setNow(new Date()));
    const id = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, drawnAt]);
  return now;
}
