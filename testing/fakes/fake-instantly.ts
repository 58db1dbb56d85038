import { Hono } from 'hono';
import * as z from 'zod/mini';
import { createEmulator, type Emulator } from '../../server/emulator/create-emulator';

/**
 * The e2e's Instantly (e2e/upstream-*.spec.ts): an emulator per workspace, each answering only
 * to its keys, so the data is real-shaped and a workspace switch shows other tests. Control
 * routes for the journeys:
 * - `POST /__fake/next {status, body?, headers?, method?, path?, key?, times?}`: the next `times`
 *   requests matching method, path (a regular expression on the path) and API key (one
 *   workspace's key going bad while the others work) get this answer;
 * - `GET /__fake/requests`: every API request seen (method, url, authorization);
 * - `POST /__fake/reset`: forget both;
 * - `POST /__fake/clock {advanceMs}`: move every workspace's clock forward, so runs happen and
 *   their results arrive (and automation rules fire) without waiting.
 */
const scriptedSchema = z.strictObject({
  status: z.int().check(z.gte(100), z.lte(599)),
  body: z.optional(z.unknown()),
  headers: z.optional(z.record(z.string(), z.string())),
  method: z.optional(z.string()),
  path: z.optional(z.string()),
  key: z.optional(z.string()),
  times: z._default(z.int().check(z.gte(1)), 1),
});
const clockSchema = z.strictObject({ advanceMs: z.int().check(z.gte(1)) });
type Scripted = z.output<typeof scriptedSchema>;
interface Seen {
  method: string;
  url: string;
  authorization: string | null;
}

/** `keys`: API key → workspace name. Each workspace also gets one test named after it. */
export async function createFakeInstantly(keys: Record<string, string>) {
  const emulators = new Map<string, Emulator>();
  for (const name of new Set(Object.values(keys))) {
    const own = Object.entries(keys).filter(([, workspace]) => workspace === name);
    const [first, ...others] = own.map(([key]) => key);
    const emulator = createEmulator({
      dbFile: ':memory:',
      serverKey: first,
      keys: others.map((key) => ({ key, scopes: ['all:all'] })),
      tickMs: 0,
      // Today's Instantly: PATCH refuses `description`.
      patchRules: 'official',
    });
    const body = {
      name: `${name} workspace check`,
      type: 1,
      sending_method: 1,
      email_subject: 'Check-in',
      email_body: 'Hi',
      emails: ['jane.cooper@acme-outbound.com'],
      recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
    };
    await emulator.app.fetch(
      new Request('http://fake/api/v2/inbox-placement-tests', {
        method: 'POST',
        headers: { Authorization: `Bearer ${first}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    emulators.set(name, emulator);
  }
  const seen: Seen[] = [];
  let scripted: Scripted[] = [];

  const app = new Hono();
  app.post('/__fake/next', async (c) => {
    const parsed = scriptedSchema.safeParse(await c.req.json());
    if (!parsed.success) return c.json({ message: parsed.error.message }, 400);
    scripted.push(parsed.data);
    return c.json({ queued: scripted.length });
  });
  app.post('/__fake/clock', async (c) => {
    const parsed = clockSchema.safeParse(await c.req.json());
    if (!parsed.success) return c.json({ message: parsed.error.message }, 400);
    for (const emulator of emulators.values()) emulator.clock.advance(parsed.data.advanceMs);
    return c.json({ ok: true });
  });
  app.get('/__fake/requests', (c) => c.json({ requests: seen }));
  app.post('/__fake/reset', (c) => {
    seen.length = 0;
    scripted = [];
    return c.json({ ok: true });
  });
  app.all('*', async (c) => {
    const { method, url } = c.req.raw;
    const { pathname, search } = new URL(url);
    const authorization = c.req.header('authorization') ?? null;
    seen.push({ method, url: pathname + search, authorization });
    const key = authorization?.replace(/^Bearer /, '') ?? '';
    const rule = scripted.find(
      (r) => (!r.method || r.method === method) && (!r.path || new RegExp(r.path).test(pathname)) && (!r.key || r.key === key),
    );
    if (rule) {
      rule.times -= 1;
      if (rule.times === 0) scripted = scripted.filter((r) => r !== rule);
      return new Response(rule.body === undefined ? null : JSON.stringify(rule.body), {
        status: rule.status,
        headers: { 'Content-Type': 'application/json', ...rule.headers },
      });
    }
    // An unknown key goes to any workspace, whose key check answers 401 as Instantly does.
    const emulator = emulators.get(keys[key] ?? '') ?? [...emulators.values()][0];
    return emulator ? emulator.app.fetch(c.req.raw) : c.json({ message: 'no workspace' }, 500);
  });
  return { fetch: app.fetch, close: () => emulators.forEach((e) => e.close()) };
}
