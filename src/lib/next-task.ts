interface SchedulerYield {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a task of its own, so the work after it does not lengthen the task that is
 * running: the start of the app is split this way so no piece blocks the main thread for long
 * (Total Blocking Time, docs/benchmarks.md). `scheduler.yield()` where the browser has it (its
 * continuation runs before other queued tasks), else a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
