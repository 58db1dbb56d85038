import { Hono } from 'hono';
import * as z from 'zod/mini';
import { outsideMailBodySchema } from '../../../core/contract/automation-firings';
import type { EmulatorContext } from '../emulator-context';
import { guarded } from '../emulator-context';
import { jsonResponse, notFound } from '../http-errors';
import { acceptedScopes } from './auth';
import { validate } from './format-issues';
import { readJsonBody } from './read-body';

/**
 * What the emulator offers that Instantly does not, for the dashboard in emulator mode
 * (docs/api/reference.md "Emulator-only routes"): the automation firings it recorded (ADR 017)
 * and "sending" an outside test's mail (ADR 016). The dashboard server reaches them at
 * `/api/emulator/*` with its own key; they are not test control, so they need no EMULATOR_CONTROL.
 */
const SCOPE = 'inbox_placement_tests';
const firingsQuery = z.object({ test_id: z.string().check(z.minLength(1)) });

export function emulatorOnlyRoutes(ctx: EmulatorContext): Hono {
  const routes = new Hono();
  routes.get(
    '/automation-firings',
    guarded(ctx, acceptedScopes(SCOPE, 'read'), (c) => {
      const { test_id } = validate(firingsQuery, c.req.query(), 'querystring');
      return jsonResponse({ items: ctx.store.automations.firings(test_id) });
    }),
  );
  routes.post(
    '/outside-mail',
    guarded(ctx, acceptedScopes(SCOPE, 'update'), async (c) => sendOutsideMail(ctx, await readJsonBody(c.req.raw))),
  );
  return routes;
}

/** Mail carrying a test's code "sent" from an address; also the control route's (routes-control.ts). */
export function sendOutsideMail(ctx: EmulatorContext, body: unknown): Response {
  const { test_code, from } = validate(outsideMailBodySchema, body, 'body');
  const test = ctx.scheduler.receiveOutsideMail(test_code, from.toLowerCase());
  if (!test) throw notFound(`No active test sent from outside Instantly has the code ${test_code}`);
  return jsonResponse({ test_id: test.id, from: from.toLowerCase() });
}
