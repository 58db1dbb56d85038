import { Hono } from 'hono';
import * as z from 'zod/mini';
import { bulkInsertTests } from '../store/bulk-tests';
import type { EmulatorContext } from '../emulator-context';
import { faultConfigSchema, type Faults } from './faults';
import { validate } from './format-issues';
import { injectIntoTests, injectPickers, removeInjected } from '../demo/inject-strings';
import { badRequest, jsonResponse } from '../http-errors';
import { readJsonBody } from './read-body';
import { seedDemoData } from '../demo/seed-demo';
import { demoAccount } from '../demo/seed-documents';
import { refreshNotSending } from '../runs/refresh-not-sending';
import { sendOutsideMail } from './routes-emulator-only';

/**
 * `/__emulator/*`: test control (ADR 002). The dashboard server exposes these to loopback
 * clients only, so they take no API key.
 */
const resetBody = z.optional(z.strictObject({ seed: z.optional(z.boolean()) }));
const seedBody = z.optional(z.strictObject({ tests: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))) }));
/** Ten years either way: enough for any schedule, and the clock stays a valid date. */
const MAX_CLOCK_MOVE_MS = 10 * 365.25 * 86_400_000;
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const LATEST_MS = Date.UTC(2200, 0, 1);
const clockBody = z.union([
  z.strictObject({ advanceMs: z.number().check(z.gte(-MAX_CLOCK_MOVE_MS), z.lte(MAX_CLOCK_MOVE_MS)) }),
  z.strictObject({ set: z.iso.datetime({ offset: true }) }),
]);
const injectBody = z.strictObject({
  strings: z.array(z.string().check(z.minLength(1), z.maxLength(4000))).check(z.minLength(1), z.maxLength(500)),
  /** Rewrite these tests' seed addresses, analytics and reports; without it, add pickers. */
  test_ids: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(500))),
});

/** A sender's state (runs/sender-state.ts); an address the workspace lacks is added as a Google mailbox. */
const accountBody = z.strictObject({
  email: z.email(),
  status: z.optional(z.int().check(z.gte(-3), z.lte(2))),
  dailyLimitReached: z.optional(z.boolean()),
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

  // Senders reaching their daily limit, disconnecting, being paused, and recovering: every active
  // test's `not_sending_status` follows (the emulator sends no campaigns that could do it).
  routes.post('/accounts', async (c) => {
    const { email, status, dailyLimitReached } = validate(accountBody, await readJsonBody(c.req.raw), 'body');
    const now = clock.now();
    if (!store.pickers.hasAccount(email)) {
      const fixture = { email: email.toLowerCase(), first: 'Test', last: 'Sender', provider: 2, status: status ?? 1 };
      store.pickers.insertAccount(demoAccount(fixture, now, store.organizationId));
    }
    store.pickers.setSenderState(email, { status, dailyLimitReached });
    return jsonResponse({ changed: refreshNotSending(store) });
  });

  // Mail sent from outside Instantly carrying a test's code (ADR 016).
  routes.post('/outside-mail', async (c) => sendOutsideMail(ctx, await readJsonBody(c.req.raw)));

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
    const target = 'advanceMs' in body ? clock.now().getTime() + body.advanceMs : new Date(body.set).getTime();
    if (!(target >= EARLIEST_MS && target < LATEST_MS)) throw badRequest('body must move the clock to a time between 2000 and 2200');
    clock.set(new Date(target));
    scheduler.catchUp();
    return jsonResponse({ now: clock.now().toISOString() });
  });

  return routes;
}
