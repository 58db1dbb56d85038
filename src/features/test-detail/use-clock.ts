import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "in 3 h" and "still arriving" do not go stale. */
export function useClock(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
