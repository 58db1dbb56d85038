import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createAuth, type AuthOptions } from './auth';
import { createEmulatorBackend } from './emulator-backend';
import { createRequestFacts, type RequestFactsOptions } from './request-facts';
import { listen } from '../testing/server/listen';

/** Issue 14, items 1–3 and 11: the sign-in form under attack, and sign-in behind a TLS proxy. */
const PASSWORD = 'correct horse battery';
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const done of cleanup) await done();
  cleanup = [];
});

function setup(options: AuthOptions & RequestFactsOptions = {}) {
  const backend = createEmulatorBackend({ dbFile: ':memory:', control: false, tickMs: 0 });
  cleanup.push(() => backend.close());
  const facts = createRequestFacts(options);
  const app = createApp({ backend, facts, isLoopback: () => true, auth: createAuth(PASSWORD, { ...options, facts }) });
  const login = (password: string, headers: Record<string, string> = {}) =>
    app.fetch(new Request('http://127.0.0.1/login', { method: 'POST', headers: { ...FORM, ...headers }, body: `password=${encodeURIComponent(password)}` }));
  return { app, login };
}

/** A body that arrives only when released, as from 200 slow connections. */
function heldBody(text: string) {
  let release = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      release = () => {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      };
    },
  });
  return { stream, release: () => release() };
}

/** A body produced only as it is read: `pulled` says how much the server asked for. */
function endlessBody(chunkBytes: number, totalBytes: number) {
  const meter = { pulled: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (meter.pulled >= totalBytes) return controller.close();
      meter.pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, meter };
}

/** POST /login from a given loopback address (127.0.0.0/8 all reach the server). */
function loginFrom(url: string, localAddress: string, password: string) {
  return new Promise<{ status: number; retryAfter?: string }>((resolve, reject) => {
    const req = httpRequest(`${url}/login`, { method: 'POST', localAddress, headers: FORM }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
    });
    req.on('error', reject);
    req.end(`password=${encodeURIComponent(password)}`);
  });
}

describe('the login throttle', () => {
  it('counts attempts when they are judged: 20 guesses whose bodies arrive together get 5 answers, not 20', async () => {
    const { app } = setup();
    const bodies = Array.from({ length: 20 }, (_, i) => heldBody(`password=guess-${i}`));
    const answers = bodies.map((b) =>
      app.fetch(new Request('http://127.0.0.1/login', { method: 'POST', headers: FORM, body: b.stream, duplex: 'half' } as RequestInit)),
    );
    // Every request has passed whatever runs before its body is read.
    await new Promise((resolve) => setImmediate(resolve));
    for (const b of bodies) b.release();
    const statuses = (await Promise.all(answers)).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('throttles per client address: the owner signs in from another address while an attacker waits', async () => {
    const { app } = setup();
    const server = await listen(app.fetch);
    cleanup.push(server.close);
    const attacker: number[] = [];
    for (let i = 0; i < 10; i++) attacker.push((await loginFrom(server.url, '127.0.0.2', `guess ${i}`)).status);
    expect(attacker).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect((await loginFrom(server.url, '127.0.0.2', PASSWORD)).status).toBe(429);
    expect((await loginFrom(server.url, '127.0.0.1', PASSWORD)).status).toBe(303);
  });

  it('backs off: each failure after the wait doubles the next wait, and a success forgets the address', async () => {
    let now = 1_000_000;
    const { login } = setup({ now: () => now, throttle: { freeFailures: 2, firstWaitMs: 10_000 } });
    expect((await login('a')).status).toBe(401);
    expect((await login('b')).status).toBe(401);
    const first = await login(PASSWORD);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('10');
    now += 10_000;
    expect((await login('c')).status).toBe(401);
    expect((await login(PASSWORD)).headers.get('retry-after')).toBe('20');
    now += 20_000;
    expect((await login(PASSWORD)).status).toBe(303);
    expect((await login('d')).status).toBe(401);
  });
});

describe('the sign-in form’s body', () => {
  it('is limited: a 16 MB form is refused with 413 after at most the limit is read', async () => {
    const { app } = setup();
    const { stream, meter } = endlessBody(64 * 1024, 16 * 1024 * 1024);
    const res = await app.fetch(new Request('http://127.0.0.1/login', { method: 'POST', headers: FORM, body: stream, duplex: 'half' } as RequestInit));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(meter.pulled).toBeLessThanOrEqual(128 * 1024);
  });

  it('is refused on its declared length before anything is read', async () => {
    const { app } = setup();
    const res = await app.fetch(
      new Request('http://127.0.0.1/login', { method: 'POST', headers: { ...FORM, 'Content-Length': '300000000' }, body: 'password=x' }),
    );
    expect(res.status).toBe(413);
  });
});

describe('behind a TLS-terminating proxy (TRUST_PROXY)', () => {
  it('the session cookie is Secure and HSTS is sent when the proxy says https', async () => {
    const { login } = setup({ trustProxy: true });
    const res = await login(PASSWORD, { 'X-Forwarded-Proto': 'https' });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('without TRUST_PROXY, X-Forwarded-Proto is not believed: no Secure, no HSTS on plain http', async () => {
    const { login } = setup();
    const res = await login(PASSWORD, { 'X-Forwarded-Proto': 'https' });
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('served over https directly, the cookie is Secure and HSTS is sent too', async () => {
    const { app } = setup();
    const res = await app.fetch(new Request('https://127.0.0.1/login', { method: 'POST', headers: FORM, body: `password=${encodeURIComponent(PASSWORD)}` }));
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('with TRUST_PROXY, the throttle counts the address the proxy forwarded, not the proxy', async () => {
    const { login } = setup({ trustProxy: true });
    for (let i = 0; i < 5; i++) await login(`guess ${i}`, { 'X-Forwarded-For': '203.0.113.9' });
    expect((await login(PASSWORD, { 'X-Forwarded-For': '203.0.113.9' })).status).toBe(429);
    // A client cannot pick its own address: the proxy's entry is the last one.
    expect((await login(PASSWORD, { 'X-Forwarded-For': '198.51.100.1, 203.0.113.9' })).status).toBe(429);
    expect((await login(PASSWORD, { 'X-Forwarded-For': '203.0.113.9, 198.51.100.7' })).status).toBe(303);
  });
});
