import type { Context } from 'hono';
import { authorize, type KeyRing } from './http/auth';
import type { EmulatorClock } from './clock';
import type { RunScheduler } from './runs/run-scheduler';
import type { EmulatorStore } from './store/store';

/** What every route handler needs: the store, the movable clock, the keys and an id source. */
export interface EmulatorContext {
  store: EmulatorStore;
  clock: EmulatorClock;
  keys: KeyRing;
  scheduler: RunScheduler;
  /** UUIDv7 at the emulator clock's current time, strictly increasing. */
  newId(): string;
}

type Handler = (c: Context) => Response | Promise<Response>;

/** Auth runs after routing and before the body is read, as Fastify's onRequest hook does. */
export function guarded(ctx: EmulatorContext, scopes: string[], handler: Handler): Handler {
  return (c) => {
    authorize(ctx.keys, c.req.header('authorization') ?? null, scopes);
    return handler(c);
  };
}
