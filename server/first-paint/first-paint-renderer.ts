import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FirstPaintEntry } from '../../core/contract/first-paint';

type Methods = FirstPaintEntry;
type FirstPaintMethod = keyof Methods;

/** The app's server entry as the server uses it: each call may answer later (from the worker). */
export type FirstPaintRenderer = {
  [K in FirstPaintMethod]: (...args: Parameters<Methods[K]>) => ReturnType<Methods[K]> | Promise<ReturnType<Methods[K]>>;
};

/** Where `npm run build` puts the server entry (`vite build --ssr`). */
export const ENTRY_SERVER_FILE = 'dist-server/entry-server.js';

export interface RendererOptions {
  /** A call slower than this is given up: the page goes out as the plain shell. */
  callTimeoutMs?: number;
  /** After the worker failed, pages go out as the plain shell this long before it is started again. */
  restartAfterMs?: number;
}

/**
 * The built server entry, run in a worker thread, or `null` when it is not built (`npm run dev`):
 * the list is then drawn by the browser only. React, Mantine and the app live in the worker's own
 * heap and event loop, so drawing a page never pauses the requests this server forwards (their
 * p99 grew by 3–4 ms with the entry loaded in process, docs/benchmarks.md). A worker that dies, or
 * hangs in a call once loaded, is started again on a call after `restartAfterMs`, not in a loop. One
 * still loading the entry (a busy machine) is left to finish: a call that times out then only sends
 * its page as the shell.
 */
export function startFirstPaintRenderer(
  root: string,
  { callTimeoutMs = 2000, restartAfterMs = 10_000 }: RendererOptions = {},
): FirstPaintRenderer | null {
  const file = resolve(root, ENTRY_SERVER_FILE);
  if (!existsSync(file)) return null;

  let worker: Worker | null = null;
  let ready = false;
  let failedAt = -Infinity;
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  const failAll = (error: Error) => {
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      call.reject(error);
      pending.delete(id);
    }
  };
  const running = () => {
    if (worker) return worker;
    const started = new Worker(new URL('./first-paint-worker.mjs', import.meta.url), { workerData: { file } });
    started.unref();
    ready = false;
    started.on('message', ({ id, result, error, ready: loaded }: { id: number; result?: unknown; error?: string; ready?: true }) => {
      if (loaded) {
        if (worker === started) ready = true;
        return;
      }
      const call = pending.get(id);
      if (!call) return;
      pending.delete(id);
      clearTimeout(call.timer);
      if (error === undefined) call.resolve(result);
      else call.reject(new Error(error));
    });
    const lost = (error: Error) => {
      if (worker === started) worker = null;
      failedAt = Date.now();
      failAll(error);
    };
    started.on('error', (error) => {
      console.error('[server] the first-paint worker failed', error);
      lost(error);
    });
    started.on('exit', (code) => lost(new Error(`the first-paint worker exited (${code})`)));
    worker = started;
    return started;
  };
  const call = (method: FirstPaintMethod, args: unknown[]) =>
    new Promise((resolveCall, rejectCall) => {
      if (!worker && Date.now() - failedAt < restartAfterMs) {
        rejectCall(new Error('first paint: the worker failed moments ago'));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        if (!ready) {
          rejectCall(new Error(`first paint: the server entry was still loading after ${callTimeoutMs} ms`));
          return;
        }
        rejectCall(new Error(`first paint: ${method} took over ${callTimeoutMs} ms`));
        // A worker that hangs is replaced (its exit fails what else it holds).
        void worker?.terminate();
      }, callTimeoutMs);
      pending.set(id, { resolve: resolveCall, reject: rejectCall, timer });
      running().postMessage({ id, method, args });
    });
  // Started now, so the first visitor does not wait for the entry to load.
  running();
  return {
    firstPageUrl: (...args) => call('firstPageUrl', args) as Promise<string | null>,
    checkFirstPage: (...args) => call('checkFirstPage', args) as Promise<ReturnType<Methods['checkFirstPage']>>,
    renderFirstPaint: (...args) => call('renderFirstPaint', args) as Promise<ReturnType<Methods['renderFirstPaint']>>,
  };
}
