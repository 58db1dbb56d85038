import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { createKeyRing, type ApiKey } from './http/auth';
import { createClock, type EmulatorClock } from './clock';
import type { EmulatorContext } from './emulator-context';
import { Faults, PROBE_HEADER } from './http/faults';
import { errorResponse, toErrorResponse } from './http-errors';
import { analyticsRoutes } from './http/routes-analytics';
import { controlRoutes } from './http/routes-control';
import { emulatorOnlyRoutes } from './http/routes-emulator-only';
import { pickerRoutes } from './http/routes-pickers';
import { placementTestRoutes } from './http/routes-placement-tests';
import { reportRoutes } from './http/routes-reports';
import { RunScheduler } from './runs/run-scheduler';
import type { PostWebhook } from './runs/webhook-delivery';
import type { Random } from './random';
import { seedDemoData } from './demo/seed-demo';
import { EmulatorStore } from './store/store';
import { createUuidV7 } from './store/uuidv7';

/**
 * The Instantly API v2 emulator: the Inbox Placement operations plus the account, tag and
 * campaign pickers, over SQLite, behaving like the real API (reference:
 * docs/api/reference.md) down to its error bodies.
 */
export interface EmulatorOptions {
  /** SQLite file path, or ':memory:'. */
  dbFile: string;
  /** Load the demo workspace when the store is empty; default true. */
  seed?: boolean;
  /** The all:all key the dashboard server uses; random per process unless given. */
  serverKey?: string;
  /** Extra API keys, e.g. narrow-scope keys for tests. */
  keys?: ApiKey[];
  /** Serve `/__emulator/*` control routes. */
  control?: boolean;
  /** Base clock; the control routes can move the emulator's time relative to it. */
  now?: () => Date;
  /** Randomness of new ids (and so of the runs seeded from them); seeded in tests. */
  random?: Random;
  /** Real-time interval of the run scheduler's ticker in ms; 0 = no ticker (tests). Default 5 s. */
  tickMs?: number;
  /**
   * Which PATCH body to accept: the seed document's (`description` too; the default) or the
   * current official schema's, which refuses `description` as Instantly does today (ADR 003).
   */
  patchRules?: 'seed' | 'official';
  /** How long a statement waits for another process's write lock while serving (store.ts). */
  busyTimeoutMs?: number;
  /** How long the start waits for another process using the file (store.ts). */
  startTimeoutMs?: number;
  /** Posts an automation's webhook (runs/webhook-delivery.ts); none: webhooks are not called. */
  postWebhook?: PostWebhook;
  /** Waits between a webhook's tries (webhook-delivery.ts); shorter in tests. */
  webhookRetryDelaysMs?: readonly number[];
}

export interface Emulator {
  /** Fetch handler for `/api/v2/...` and, with `control`, `/__emulator/...`. */
  app: Hono;
  serverKey: string;
  store: EmulatorStore;
  clock: EmulatorClock;
  scheduler: RunScheduler;
  close(): void;
}

export function createEmulator(opts: EmulatorOptions): Emulator {
  const store = new EmulatorStore(opts.dbFile, { busyTimeoutMs: opts.busyTimeoutMs, startTimeoutMs: opts.startTimeoutMs });
  const clock = createClock(opts.now);
  const serverKey = opts.serverKey ?? `emu_${randomBytes(24).toString('base64url')}`;
  const nextId = createUuidV7(opts.random);
  const scheduler = new RunScheduler(store, clock, opts.postWebhook, opts.webhookRetryDelaysMs);
  const ctx: EmulatorContext = {
    store,
    clock,
    scheduler,
    keys: createKeyRing([{ key: serverKey, scopes: ['all:all'] }, ...(opts.keys ?? [])]),
    newId: () => nextId(clock.now().getTime()),
  };
  try {
    // Decided and done under the write lock: two servers starting on one new file seed it once.
    if (opts.seed !== false) store.transaction(() => store.isEmpty() && seedDemoData(store, clock.now()));
  } catch (error) {
    store.close();
    throw store.lockedAtStart(error);
  }
  store.startServing();
  scheduler.tick();
  if ((opts.tickMs ?? 5_000) > 0) scheduler.start(opts.tickMs ?? 5_000);

  const faults = new Faults();
  const app = new Hono();
  app.use('/api/v2/*', async (c, next) => {
    const injected = c.req.header(PROBE_HEADER) ? null : await faults.apply(c.req.method, c.req.path);
    if (injected && !injected.afterHandling) return injected.response;
    // Lazily on every request too, so a read never shows a run or an arrival that is overdue.
    scheduler.catchUp();
    await next();
    if (injected) c.res = injected.response;
  });
  app.route('/api/v2/inbox-placement-tests', placementTestRoutes(ctx, opts.patchRules ?? 'seed'));
  app.route('/api/v2/inbox-placement-analytics', analyticsRoutes(ctx));
  app.route('/api/v2/inbox-placement-reports', reportRoutes(ctx));
  app.route('/api/v2', pickerRoutes(ctx));
  app.use('/emulator/*', async (_c, next) => {
    scheduler.catchUp();
    await next();
  });
  app.route('/emulator', emulatorOnlyRoutes(ctx));
  if (opts.control) app.route('/__emulator', controlRoutes(ctx, faults));
  // Fastify answers unknown routes and wrong methods alike with a 404 naming the route.
  app.notFound((c) => errorResponse(404, `Route ${c.req.method}:${c.req.path} not found`));
  app.onError((error) => toErrorResponse(error));

  const close = () => {
    scheduler.close();
    store.close();
  };
  return { app, serverKey, store, clock, scheduler, close };
}
