import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "in 3 h" hints do not go stale on an open tab. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
