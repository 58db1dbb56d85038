import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createAuth } from './auth';
import type { Backend } from './backend';
import { createEmulatorBackend } from './emulator-backend';
import { createRequestFacts } from './request-facts';
import { startFakeUpstream } from '../testing/fakes/fake-upstream';
import { createUpstreamBackend } from './upstream/upstream-backend';
import { createBody } from '../testing/emulator/test-kit';

/** Issue 14, items 6 and 9: DNS rebinding (the Host check) and a malformed Origin. */
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const done of cleanup) await done();
  cleanup = [];
});

function emulatorApp(publicOrigin?: string) {
  const backend = createEmulatorBackend({ dbFile: ':memory:', control: true, tickMs: 0 });
  cleanup.push(() => backend.close());
  return { app: createApp({ backend, isLoopback: () => true, facts: createRequestFacts({ publicOrigin }) }), backend };
}

const json = { 'Content-Type': 'application/json' };
const countTests = async (backend: Backend) => {
  let n = 0;
  let after = '';
  for (;;) {
    const res = await backend.fetch(new Request(`http://127.0.0.1/api/v2/inbox-placement-tests?limit=100${after ? `&starting_after=${after}` : ''}`));
    const page = (await res.json()) as { items: unknown[]; next_starting_after?: string };
    n += page.items.length;
    if (!page.next_starting_after) return n;
    after = page.next_starting_after;
  }
};

describe('the Host check (DNS rebinding)', () => {
  it('a rebound name with a matching Origin cannot create a test, reach control routes or read the list', async () => {
    const { app, backend } = emulatorApp();
    const before = await countTests(backend);
    const rebound = 'http://attacker.example:3000';
    const create = await app.fetch(
      new Request(`${rebound}/api/v2/inbox-placement-tests`, { method: 'POST', headers: { ...json, Origin: rebound }, body: JSON.stringify(createBody()) }),
    );
    expect(create.status).toBe(421);
    expect(await create.json()).toMatchObject({ statusCode: 421, error: 'Misdirected Request', message: expect.stringMatching(/PUBLIC_ORIGIN/) });
    expect(await countTests(backend)).toBe(before);
    const control = await app.fetch(new Request(`${rebound}/__emulator/reset`, { method: 'POST', headers: { ...json, Origin: rebound }, body: '{}' }));
    expect(control.status).toBe(421);
    expect(await countTests(backend)).toBe(before);
    expect((await app.fetch(new Request(`${rebound}/api/v2/inbox-placement-tests`))).status).toBe(421);
    expect((await app.fetch(new Request(`${rebound}/tests`))).status).toBe(421);
  });

  it('upstream mode forwards nothing for a rebound name', async () => {
    const upstream = await startFakeUpstream();
    cleanup.push(upstream.close);
    const backend = createUpstreamBackend({ baseUrl: upstream.url, workspaces: [{ id: 'a', name: 'A', key: 'k'.repeat(20) }] });
    const app = createApp({ backend, isLoopback: () => true });
    const res = await app.fetch(new Request('http://attacker.example/api/v2/inbox-placement-tests', { headers: { Origin: 'http://attacker.example' } }));
    expect(res.status).toBe(421);
    expect(upstream.seen).toHaveLength(0);
  });

  it.each(['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000', 'http://192.168.1.20:3000'])(
    'answers %s (loopback names and IP addresses cannot be rebound)',
    async (origin) => {
      const { app } = emulatorApp();
      expect((await app.fetch(new Request(`${origin}/api/v2/inbox-placement-tests?limit=1`))).status).toBe(200);
    },
  );

  it('answers the name in PUBLIC_ORIGIN, whatever port the proxy adds, and no other name', async () => {
    const { app } = emulatorApp('https://placement.example.com');
    const ok = await app.fetch(new Request('http://placement.example.com:8443/api/v2/inbox-placement-tests?limit=1'));
    expect(ok.status).toBe(200);
    expect((await app.fetch(new Request('http://PLACEMENT.example.com/healthz'))).status).toBe(200);
    expect((await app.fetch(new Request('http://other.example.com/healthz'))).status).toBe(421);
  });
});

describe('the Origin check', () => {
  it.each(['foo', 'null', 'http://', '://x', 'javascript:alert(1)', 'http://127.0.0.1:99999'])(
    'a malformed or opaque Origin (%s) is a 403 before the login check, not a 500',
    async (origin) => {
      const backend = createEmulatorBackend({ dbFile: ':memory:', control: false, tickMs: 0 });
      cleanup.push(() => backend.close());
      const app = createApp({ backend, isLoopback: () => true, auth: createAuth('correct horse battery') });
      const res = await app.fetch(
        new Request('http://127.0.0.1/login', { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'password=x' }),
      );
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      expect(text).not.toMatch(/at \w+ \(/);
    },
  );

  it('PUBLIC_ORIGIN is accepted as an Origin, even when the proxy passes another Host', async () => {
    const { app } = emulatorApp('https://placement.example.com');
    const res = await app.fetch(
      new Request('http://127.0.0.1:3000/api/v2/inbox-placement-tests', {
        method: 'POST',
        headers: { ...json, Origin: 'https://placement.example.com' },
        body: JSON.stringify(createBody()),
      }),
    );
    expect(res.status).toBe(200);
    const evil = await app.fetch(
      new Request('http://127.0.0.1:3000/api/v2/inbox-placement-tests', { method: 'POST', headers: { ...json, Origin: 'https://evil.example' }, body: '{}' }),
    );
    expect(evil.status).toBe(403);
  });
});
