import { Hono } from 'hono';
import { resultsQuerySchema } from '../../core/contract/sender-results';
import { domainRows, senderRows } from './aggregate';
import type { ResultsService } from './results-service';
import { resolveWindow } from './results-window';
import { senderDetail } from './sender-detail';

/**
 * `/api/results/*`: the Senders and Domains pages' data, from the local store (ADR 020). Reads
 * never wait for a sync: they answer with what the store has, and the sync status says how old
 * it is. The app's guards (Host, Origin on writes, session) run before these, as for /api/status.
 */
const error = (statusCode: number, message: string) => ({ statusCode, error: statusCode === 404 ? 'Not Found' : 'Bad Request', message });

/**
 * The Senders and Domains answers, kept until the store changes: between syncs every visit gets
 * the same rows without reading every record of the window again (docs/benchmarks.md, "Results
 * store at scale"). A few windows and workspace choices at a time.
 */
const KEPT_ANSWERS = 8;
function answerCache<T>() {
  const kept = new Map<string, T>();
  return (key: string, compute: () => T): T => {
    const hit = kept.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    kept.set(key, value);
    if (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value as string);
    return value;
  };
}

export function resultsRoutes(service: ResultsService, now: () => number = Date.now): Hono {
  const routes = new Hono();
  const senders = answerCache<ReturnType<typeof senderRows>>();
  const domains = answerCache<ReturnType<typeof domainRows>>();
  const keyOf = (ids: string[], w: { window: string; from: string; to: string }) => JSON.stringify([service.store.version, ids, w.window, w.from, w.to]);

  const scopeOf = (query: Record<string, string>) => {
    const parsed = resultsQuerySchema.safeParse(query);
    if (!parsed.success) return { problem: error(400, parsed.error.issues.map((i) => i.message).join('; ')) };
    const ids = service.idsFor(parsed.data.workspace);
    if (!ids) return { problem: error(400, `No workspace is named "${parsed.data.workspace}"`) };
    const names = new Map(service.workspaces.filter((w) => ids.includes(w.id)).map((w) => [w.id, w.name]));
    return { ids, scope: { store: service.store, workspaces: names, window: resolveWindow(parsed.data, now()) } };
  };

  routes.get('/senders', (c) => {
    const { problem, scope, ids } = scopeOf(c.req.query());
    if (problem) return c.json(problem, 400);
    return c.json({ window: scope.window, sync: service.status(ids), rows: senders(keyOf(ids, scope.window), () => senderRows(scope)) });
  });

  routes.get('/domains', (c) => {
    const { problem, scope, ids } = scopeOf(c.req.query());
    if (problem) return c.json(problem, 400);
    return c.json({ window: scope.window, sync: service.status(ids), rows: domains(keyOf(ids, scope.window), () => domainRows(scope)) });
  });

  routes.get('/senders/:email', (c) => {
    const email = c.req.param('email').trim().toLowerCase();
    if (!/^[^@\s]{1,200}@[^@\s]{1,200}$/.test(email)) return c.json(error(400, 'Give a sender address such as jane@example.com'), 400);
    const { problem, scope } = scopeOf(c.req.query());
    if (problem) return c.json(problem, 400);
    return c.json(senderDetail(scope, email));
  });

  routes.get('/sync', (c) => c.json({ workspaces: service.status() }));

  /** Start a sync of every workspace; answered at once (202), the status route follows it. */
  routes.post('/sync', (c) => {
    void service.sync();
    return c.json({ workspaces: service.status() }, 202);
  });

  routes.delete('/sync', (c) => {
    service.cancel();
    return c.json({ workspaces: service.status() }, 202);
  });

  return routes;
}
