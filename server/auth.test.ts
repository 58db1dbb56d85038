import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createAuth } from './auth';
import { readConfig } from './config';
import { createRequestFacts } from './request-facts';
import { startFakeUpstream } from '../testing/fakes/fake-upstream';
import { createUpstreamBackend } from './upstream/upstream-backend';

const PASSWORD = 'correct horse battery';
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function setup() {
  const upstream = await startFakeUpstream();
  close = upstream.close;
  const backend = createUpstreamBackend({ baseUrl: upstream.url, workspaces: [{ id: 'a', name: 'A', key: 'k'.repeat(20) }] });
  // Served under a name, as behind a proxy: PUBLIC_ORIGIN lets the Host check accept it.
  const facts = createRequestFacts({ publicOrigin: 'http://dash.local' });
  const app = createApp({ backend, facts, isLoopback: () => true, auth: createAuth(PASSWORD, { facts }) });
  const call = (path: string, init: RequestInit = {}) => app.fetch(new Request(`http://dash.local${path}`, init));
  const login = (password: string) =>
    call('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://dash.local' },
      body: new URLSearchParams({ password }),
    });
  return { call, login, upstream };
}

describe('dashboard password', () => {
  it('sends pages to the login form and refuses API calls until signed in', async () => {
    const { call, upstream } = await setup();
    const page = await call('/tests');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    const api = await call('/api/v2/inbox-placement-tests');
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ statusCode: 401, message: 'Sign in to the dashboard first.' });
    expect(upstream.seen).toHaveLength(0);
    const form = await call('/login');
    expect(await form.text()).toContain('<label for="password">Dashboard password</label>');
  });

  it('signs in with an HttpOnly SameSite=Strict session cookie, and signs out', async () => {
    const { call, login } = await setup();
    const wrong = await login('nope');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('That password is not right.');

    const ok = await login(PASSWORD);
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/dashboard_session=[\w-]{40,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const session = cookie.split(';')[0]!;
    expect((await call('/api/v2/inbox-placement-tests', { headers: { Cookie: session } })).status).toBe(200);

    const out = await call('/logout', { method: 'POST', headers: { Cookie: session, Origin: 'http://dash.local' } });
    expect(out.headers.get('location')).toBe('/login');
    expect((await call('/api/v2/inbox-placement-tests', { headers: { Cookie: session } })).status).toBe(401);
  });

  it('slows down guessing: after 5 wrong passwords from one address, even the right one waits', async () => {
    const { login } = await setup();
    for (let i = 0; i < 5; i++) expect((await login(`guess ${i}`)).status).toBe(401);
    const limited = await login(PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('state-changing requests from other sites', () => {
  it('refuses a cross-origin write and lets same-origin and non-browser writes through', async () => {
    const { call, upstream } = await setup();
    const evil = await call('/login', { method: 'POST', headers: { Origin: 'https://evil.example' }, body: 'password=x' });
    expect(evil.status).toBe(403);
    const site = await call('/logout', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(site.status).toBe(403);
    expect((await call('/logout', { method: 'POST' })).status).toBe(303);
    expect(upstream.seen).toHaveLength(0);
  });
});

describe('binding beyond loopback', () => {
  it('requires DASHBOARD_PASSWORD and accepts a long enough one', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/^HOST: refusing to listen on 0.0.0.0 without DASHBOARD_PASSWORD/);
    expect(() => readConfig({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: 'short' })).toThrow(/^DASHBOARD_PASSWORD: use at least 12/);
    expect(readConfig({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })).toMatchObject({ HOST: '0.0.0.0', password: PASSWORD });
  });
});
