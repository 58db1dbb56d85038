import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { describeStatus, type Backend, type Ping } from './backend';
import type { createAuth } from './auth';
import { closeUnreadBodies, limitBody, MAX_BODY_BYTES, MAX_FORM_BYTES } from './body-limits';
import { createRequestFacts, type RequestFacts } from './request-facts';
import { hostCheck, sameOriginWrites } from './request-guards';
import { securityHeaders } from './security-headers';
import { createFirstPaint } from './first-paint/first-paint';
import type { FirstPaintRenderer } from './first-paint/first-paint-renderer';
import { createStaticHandler } from './static-files';
import { noWebhooks, type PostWebhook } from './emulator/runs/webhook-delivery';
import { webhookTestRoute } from './webhook-test-route';
import type { ResultsService } from './results/results-service';
import { resultsRoutes } from './results/results-routes';

export interface AppOptions {
  backend: Backend;
  /** Built app folder; omit in dev (Vite serves the app) and in API-only tests. */
  staticDir?: string;
  /** Whether the request came from this machine (control routes are loopback-only). */
  isLoopback: (c: { env: unknown }) => boolean;
  /** Password login (DASHBOARD_PASSWORD); required when listening beyond loopback. */
  auth?: ReturnType<typeof createAuth>;
  /** The app's server entry: the list page is then drawn on the server first (ADR 011). */
  entryServer?: FirstPaintRenderer | null;
  /** PUBLIC_ORIGIN and TRUST_PROXY: which host we serve, and whether a proxy speaks for the client. */
  facts?: RequestFacts;
  /** How long the drawn list may wait for the API (FIRST_PAINT_BUDGET_MS); 300 ms by default. */
  firstPaintBudgetMs?: number;
  /** Posts "Send a test call" (outbound-webhook.ts); without it the route refuses every address. */
  postWebhook?: PostWebhook;
  /** The local results store behind the Senders and Domains pages (ADR 020). */
  results?: ResultsService;
}

function errorJson(statusCode: number, error: string, message: string) {
  return { statusCode, error, message };
}

/** The order of the guards is the threat model's (ADR 014): host, origin, session, body. */
export function createApp({ backend, staticDir, isLoopback, auth, entryServer, firstPaintBudgetMs, results, facts = createRequestFacts(), postWebhook = noWebhooks }: AppOptions) {
  const app = new Hono();
  app.use('*', closeUnreadBodies);
  app.use('*', securityHeaders(facts));
  app.use('*', hostCheck(facts));
  app.use('*', sameOriginWrites(facts));

  // API JSON is gzip-compressed (a page of 25 tests: 48 KB → about 5 KB) unless it arrives
  // compressed already (Instantly's own gzip passes through); built files are compressed at
  // build time (vite.config.ts) and served by static-files.ts.
  app.use('/api/*', compress({ contentTypeFilter: /^application\/json/ }));
  // Workspace data: never kept by the browser's cache or a proxy's.
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  app.get('/healthz', (c) => c.json({ ok: true, backend: backend.kind }));
  if (auth) {
    app.get('/login', auth.showLogin);
    app.post('/login', limitBody(MAX_FORM_BYTES), auth.login);
    app.post('/logout', limitBody(MAX_FORM_BYTES), auth.logout);
    app.use('*', auth.requireSession);
  }
  // After the session check: a stranger's chunked body is not read at all.
  app.use('*', limitBody(MAX_BODY_BYTES));

  /** What the header shows: which backend, and whether it answers right now. */
  app.get('/api/status', async (c) => {
    const requested = c.req.header('x-workspace');
    let ping: Ping;
    try {
      ping = await backend.ping(requested);
    } catch (error) {
      ping = { ok: false, message: error instanceof Error ? error.message : 'unreachable' };
    }
    return c.json(describeStatus(backend, requested, ping, Boolean(auth)), 200);
  });

  app.all('/api/v2/*', async (c) => {
    try {
      return await backend.fetch(c.req.raw);
    } catch (error) {
      console.error('[server] backend failed', error);
      return c.json(errorJson(502, 'Bad Gateway', 'The API backend could not be reached.'), 502);
    }
  });
  app.post('/api/webhook-test', webhookTestRoute(postWebhook));
  app.all('/api/emulator/*', async (c) => {
    if (!backend.emulatorOnly) {
      return c.json(errorJson(404, 'Not Found', 'Available only when the dashboard runs on its emulator'), 404);
    }
    return backend.emulatorOnly(c.req.raw);
  });
  if (results) app.route('/api/results', resultsRoutes(results));
  app.all('/api/*', (c) => c.json(errorJson(404, 'Not Found', 'Unknown API path'), 404));

  app.all('/__emulator/*', (c) => {
    if (!backend.control || !isLoopback(c)) {
      return c.json(errorJson(404, 'Not Found', 'Control routes are available only for the emulator on loopback'), 404);
    }
    return backend.control(c.req.raw);
  });

  if (staticDir) {
    const drawIndex = entryServer ? createFirstPaint({ backend, entry: entryServer, auth: Boolean(auth), budgetMs: firstPaintBudgetMs }) : undefined;
    app.get('*', createStaticHandler(staticDir, { drawIndex }));
  }
  return app;
}
