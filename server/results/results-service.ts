import { RateLimiter, type RateLimiterOptions } from '../../core/rules/rate-limiter';
import type { SyncStatus } from '../../core/contract/sender-results';
import type { Backend } from '../backend';
import { ResultsStore } from './results-store';
import { syncWorkspace, type SyncOutcome, type SyncProgress } from './sync-workspace';
import { createWorkspaceApi, SYNC_RATE, SyncCancelled, type WorkspaceApi } from './workspace-api';

/**
 * The results store and its syncs, one per workspace at a time (the sync lock), each with the
 * workspace's one rate limiter. A failing workspace records its error and leaves the others be.
 */
export interface ResultsServiceOptions {
  backend: Backend;
  /** SQLite file of the store (RESULTS_DB), or `:memory:`. */
  file: string;
  now?: () => number;
  /** Each workspace's pace; the sync's own (SYNC_RATE) unless a benchmark asks for another. */
  rate?: Pick<RateLimiterOptions, 'perSecond' | 'perMinute' | 'marginMs'>;
}

interface Running {
  controller: AbortController;
  progress: SyncProgress | null;
  done: Promise<SyncOutcome | null>;
}

export function createResultsService({ backend, file, now = Date.now, rate = SYNC_RATE }: ResultsServiceOptions) {
  const store = new ResultsStore(file);
  // The emulator has one workspace and no switcher; Instantly mode has the configured ones.
  const workspaces = backend.workspaces ?? [{ id: 'emulator', name: backend.label }];
  store.keepWorkspaces(workspaces);
  const apis = new Map<string, WorkspaceApi>(workspaces.map((w) => [w.id, createWorkspaceApi(backend, w.id, new RateLimiter(rate))]));
  const running = new Map<string, Running>();

  function start(id: string): Promise<SyncOutcome | null> {
    const already = running.get(id);
    if (already) return already.done;
    const api = apis.get(id);
    if (!api) return Promise.resolve(null);
    const controller = new AbortController();
    const entry: Running = { controller, progress: null, done: Promise.resolve(null) };
    entry.done = syncWorkspace({ store, api, workspace: id, now, signal: controller.signal, onProgress: (p) => (entry.progress = p) })
      .then((outcome) => {
        store.markSynced(id, now(), null);
        return outcome;
      })
      .catch((error: unknown) => {
        if (error instanceof SyncCancelled) return null;
        const message = error instanceof Error ? error.message : String(error);
        console.error(`[results] sync of workspace ${id} failed: ${message}`);
        store.markSynced(id, null, message);
        return null;
      })
      .finally(() => running.delete(id));
    running.set(id, entry);
    return entry.done;
  }

  return {
    store,
    workspaces,
    /** Start (or join) the sync of these workspaces, all by default; resolves when they end. */
    sync(ids: string[] = workspaces.map((w) => w.id)) {
      return Promise.all(ids.map(start));
    },
    cancel(ids: string[] = workspaces.map((w) => w.id)) {
      for (const id of ids) running.get(id)?.controller.abort();
    },
    status(ids: string[] = workspaces.map((w) => w.id)): SyncStatus[] {
      const rows = store.workspaces().filter((w) => ids.includes(w.workspace));
      return rows.map((w) => {
        const run = running.get(w.workspace);
        return {
          workspace: w.name,
          state: run ? 'syncing' : w.error ? 'error' : 'idle',
          syncedAt: w.synced_at === null ? null : new Date(w.synced_at).toISOString(),
          error: w.error,
          progress: run?.progress ? { ...run.progress } : null,
        };
      });
    },
    /** Workspace ids by name ("the browser only sees names"); all of them for no name. */
    idsFor(name: string | undefined): string[] | null {
      if (name === undefined) return workspaces.map((w) => w.id);
      const found = workspaces.find((w) => w.name === name);
      return found ? [found.id] : null;
    },
    async close() {
      this.cancel();
      await Promise.all([...running.values()].map((r) => r.done));
      store.close();
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;
