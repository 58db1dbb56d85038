/**
 * Total Blocking Time worked out from each main-thread task's thread CPU time instead of its wall
 * time (docs/benchmarks.md, "4 Dec, seventh"). On a machine whose neighbours keep a core busy, a
 * task's wall time grows with their load (one task: 120 ms of wall time, 27 ms of CPU), and
 * Lighthouse's simulation starts from wall time. The CPU time is what the page itself costs.
 *
 * Lighthouse's mobile preset simulates a CPU `slowdown` times slower and counts each task's time
 * over 50 ms; here every main-thread task that starts after the first contentful paint, up to
 * `windowMs` later, counts `slowdown × CPU time − 50 ms`. An estimate for comparing builds on a
 * busy machine, not Lighthouse's figure: its simulation also moves tasks and cuts at its own
 * interactive time.
 */
export interface TraceEvent {
  name: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts: number;
  dur?: number;
  /** Thread CPU time in microseconds, where the trace has it. */
  tdur?: number;
  args?: { name?: string };
}

export function cpuBlockingTime(events: readonly TraceEvent[], { slowdown = 4, windowMs = 5000 } = {}): number | null {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) return null;
  const main = events.find((event) => event.name === 'thread_name' && event.pid === paint.pid && event.args?.name === 'CrRendererMain');
  if (!main) return null;
  let blocking = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.pid !== paint.pid || event.tid !== main.tid) continue;
    if (event.ts < paint.ts || event.ts >= paint.ts + windowMs * 1000) continue;
    const cpuMs = (event.tdur ?? event.dur ?? 0) / 1000;
    blocking += Math.max(0, slowdown * cpuMs - 50);
  }
  return blocking;
}
