import { Hono } from 'hono';
import * as z from 'zod/mini';
import { bulkInsertTests } from '../store/bulk-tests';
import type { EmulatorContext } from '../emulator-context';
import { faultConfigSchema, type Faults } from './faults';
import { validate } from './format-issues';
import { injectIntoTests, injectPickers, removeInjected } from '../demo/inject-strings';
import { badRequest, jsonResponse } from './http-errors';
import { readJsonBody } from './read-body';
import { seedDemoData } from '../demo/seed-demo';

/**
 * `/__emulator/*`: test control (ADR 002). The dashboard server exposes these to loopback
 * clients only, so they take no API key.
 */
const resetBody = z.optional(z.strictObject({ seed: z.optional(z.boolean()) }));
const seedBody = z.optional(z.strictObject({ tests: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))) }));
const clockBody = z.union([
  z.strictObject({ advanceMs: z.number() }),
  z.strictObject({ set: z.iso.datetime({ offset: true }) }),
]);
const injectBody = z.strictObject({
  strings: z.array(z.string().check(z.minLength(1), z.maxLength(4000))).check(z.minLength(1), z.maxLength(500)),
  /** Rewrite these tests' seed addresses, analytics and reports; without it, add pickers. */
  test_ids: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(500))),
});

const DEFAULT_BULK_TESTS = 100;

export function controlRoutes(ctx: EmulatorContext, faults: Faults): Hono {
  const routes = new Hono();
  const { store, clock, scheduler } = ctx;
  const state = () => ({
    organization_id: store.organizationId,
    now: clock.now().toISOString(),
    counts: store.counts(),
    faults: faults.current,
  });

  routes.get('/state', () => jsonResponse(state()));

  routes.post('/reset', async (c) => {
    const body = validate(resetBody, await readJsonBody(c.req.raw), 'body');
    store.wipe();
    faults.clear();
    // A fresh start is a fresh clock too: a journey that moved time must not move the next one's.
    clock.reset();
    if (body?.seed !== false) seedDemoData(store, clock.now());
    scheduler.catchUp();
    return jsonResponse(state());
  });

  routes.post('/seed', async (c) => {
    const body = validate(seedBody, await readJsonBody(c.req.raw), 'body');
    const started = performance.now();
    const inserted = bulkInsertTests(
      store,
      body?.tests ?? DEFAULT_BULK_TESTS,
      clock.now(),
      store.counts().placement_tests + 1,
    );
    return jsonResponse({ inserted, ms: Math.round(performance.now() - started), ...state() });
  });

  // Script-injection corpus (e2e/security-xss.spec.ts): see inject-strings.ts.
  routes.post('/inject', async (c) => {
    const body = validate(injectBody, await readJsonBody(c.req.raw), 'body');
    if (body.test_ids) return jsonResponse(injectIntoTests(ctx, body.strings, body.test_ids));
    return jsonResponse(injectPickers(ctx, body.strings));
  });
  routes.delete('/inject', () => jsonResponse({ removed: removeInjected(ctx) }));

  routes.get('/faults', () => jsonResponse({ faults: faults.current }));
  routes.post('/faults', async (c) => {
    faults.set(validate(faultConfigSchema, await readJsonBody(c.req.raw), 'body'));
    return jsonResponse({ faults: faults.current });
  });
  routes.delete('/faults', () => {
    faults.clear();
    return jsonResponse({ faults: null });
  });

  routes.post('/clock', async (c) => {
    const body = validate(clockBody, await readJsonBody(c.req.raw), 'body');
    if ('advanceMs' in body) {
      if (!Number.isFinite(body.advanceMs)) throw badRequest('body/advanceMs must be a finite number');
      clock.advance(body.advanceMs);
    } else {
      clock.set(new Date(body.set));
    }
    scheduler.catchUp();
    return jsonResponse({ now: clock.now().toISOString() });
  });

  return routes;
}
