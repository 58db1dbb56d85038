import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/**
 * When the page on screen was drawn on the server (ms since the epoch; ADR 011), or `null`. The
 * first render uses that time on both sides, so taking the page over finds the same "in 3 h"
 * even when a minute turned in between; the real time follows with the next refresh (at once
 * for a page drawn longer ago than that).
 */
export const DrawnAtContext = createContext<number | null>(null);

/** The current time, refreshed every `intervalMs`, so "in 3 h" hints do not go stale on an open tab. */
export function useNow(intervalMs = 60_000): Date {
  const drawnAt = useContext(DrawnAtContext);
  const [now, setNow] = useState(() => new Date(drawnAt ?? Date.now()));
  useEffect(() => {
    // A page drawn less than a refresh ago shows the hints the next tick would: redrawing every
    // row right after the takeover would only cost the phone a long task. An older one (a page
    // brought back from the cache) catches up at once, in the background.
    if (drawnAt !== null && Date.now() - drawnAt >= intervalMs) startTransition(() => setNow(new Date()));
    const id = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, drawnAt]);
  return now;
}
