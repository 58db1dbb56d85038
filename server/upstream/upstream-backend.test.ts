import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { startFakeUpstream } from '../../testing/fakes/fake-upstream';
import { createUpstreamBackend } from './upstream-backend';

const KEY = 'test-key-0123456789abcdef';
const OTHER_KEY = 'other-key-0123456789abcdef';
let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function setup(respond?: Parameters<typeof startFakeUpstream>[0]) {
  const upstream = await startFakeUpstream(respond);
  closers.push(upstream.close);
  const backend = createUpstreamBackend({
    baseUrl: upstream.url,
    workspaces: [
      { id: 'acme', name: 'Acme', key: KEY },
      { id: 'globex', name: 'Globex', key: OTHER_KEY },
    ],
    timeoutMs: 2000,
  });
  const app = createApp({ backend, isLoopback: () => true });
  const call = (path: string, init?: RequestInit) => app.fetch(new Request(`http://127.0.0.1${path}`, init));
  return { upstream, call };
}

describe('upstream forwarding', () => {
  it('adds the workspace key server-side and drops what the browser sent', async () => {
    const { upstream, call } = await setup();
    const res = await call('/api/v2/inbox-placement-tests?limit=5&search=gmail', {
      headers: { Authorization: 'Bearer stolen', Cookie: 'session=1', 'x-workspace': 'globex' },
    });
    expect(res.status).toBe(200);
    expect(upstream.seen).toHaveLength(1);
    expect(upstream.seen[0]!.url).toBe('/api/v2/inbox-placement-tests?limit=5&search=gmail');
    expect(upstream.seen[0]!.headers.authorization).toBe(`Bearer ${OTHER_KEY}`);
    expect(upstream.seen[0]!.headers.cookie).toBeUndefined();
    expect(upstream.seen[0]!.headers['x-workspace']).toBeUndefined();
  });

  it('uses the first workspace when none or an unknown one is asked for', async () => {
    const { upstream, call } = await setup();
    await call('/api/v2/inbox-placement-tests', { headers: { 'x-workspace': 'nope' } });
    expect(upstream.seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('streams a JSON body through and sends no Content-Type on DELETE', async () => {
    const { upstream, call } = await setup(() => ({ status: 200, body: { id: 'x' } }));
    await call('/api/v2/inbox-placement-tests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'A' }),
    });
    await call('/api/v2/inbox-placement-tests/0199-abc', { method: 'DELETE' });
    expect(upstream.seen[0]!.body).toBe('{"name":"A"}');
    expect(upstream.seen[0]!.headers['content-type']).toBe('application/json');
    expect(upstream.seen[1]!.method).toBe('DELETE');
    expect(upstream.seen[1]!.headers['content-type']).toBeUndefined();
  });

  it.each([
    ['DELETE', '/api/v2/campaigns'],
    ['POST', '/api/v2/api-keys'],
    ['GET', '/api/v2/leads'],
    ['GET', '/api/v2/inbox-placement-tests/abc/..%2f..%2fapi-keys'],
    ['GET', '/api/v2/inbox-placement-tests/a%2Fb'],
    ['PUT', '/api/v2/inbox-placement-tests/abc'],
    ['POST', '/api/v2/inbox-placement-analytics/export'],
  ])('refuses %s %s without contacting Instantly', async (method, path) => {
    const { upstream, call } = await setup();
    const res = await call(path, { method });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toMatch(/does not forward/);
    expect(upstream.seen).toHaveLength(0);
  });

  it.each([
    ['POST', '/api/v2/inbox-placement-tests'],
    ['PATCH', '/api/v2/inbox-placement-tests/0199-abc'],
    ['DELETE', '/api/v2/inbox-placement-tests/0199-abc'],
  ])('refuses a %s body over 1 MB without contacting Instantly', async (method, path) => {
    const { upstream, call } = await setup();
    const res = await call(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x'.repeat(1_100_000) }) });
    expect(res.status).toBe(413);
    expect(upstream.seen).toHaveLength(0);
  });

  it.each([401, 402, 403, 404, 429, 500])('passes status %i, the error body and Retry-After through', async (status) => {
    const body = { statusCode: status, error: 'Err', message: `upstream said ${status}` };
    const { call } = await setup(() => ({ status, body, headers: { 'Retry-After': '7', 'Set-Cookie': 'x=1' } }));
    const res = await call('/api/v2/inbox-placement-tests/abc');
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(body);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('passes Instantly’s gzip through byte for byte to a browser that accepts it, and compresses nothing twice', async () => {
    const page = { items: Array.from({ length: 40 }, (_, i) => ({ id: `0199-${i}`, name: `Weekly Gmail check ${i}` })) };
    const { upstream, call } = await setup(() => ({ status: 200, body: page }));
    const res = await call('/api/v2/inbox-placement-tests?limit=40', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(upstream.seen[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(Number(res.headers.get('content-length')));
    expect(JSON.parse(gunzipSync(bytes).toString())).toEqual(page);
    // Without Accept-Encoding, Instantly sends plain JSON and so do we.
    const plain = await call('/api/v2/inbox-placement-tests?limit=40');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(page);
  });

  it('answers 502 with a plain message when Instantly cannot be reached', async () => {
    const backend = createUpstreamBackend({ baseUrl: 'http://127.0.0.1:9', workspaces: [{ id: 'a', name: 'A', key: KEY }] });
    const app = createApp({ backend, isLoopback: () => true });
    const res = await app.fetch(new Request('http://127.0.0.1/api/v2/inbox-placement-tests'));
    expect(res.status).toBe(502);
    const body = (await res.json()) as { statusCode: number; message: string };
    expect(body.statusCode).toBe(502);
    expect(body.message).toMatch(/could not be reached/);
  });

  it('answers 504 when Instantly does not answer in time', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => { silent.closeAllConnections(); silent.close(() => resolve()); }));
    const backend = createUpstreamBackend({ baseUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, workspaces: [{ id: 'a', name: 'A', key: KEY }], timeoutMs: 200 });
    const app = createApp({ backend, isLoopback: () => true });
    const res = await app.fetch(new Request('http://127.0.0.1/api/v2/inbox-placement-tests'));
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ statusCode: 504, error: 'Gateway Timeout' });
  });

  it('never puts a key in what the browser receives, including /api/status', async () => {
    const { call } = await setup(() => ({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid API key' } }));
    for (const path of ['/api/v2/inbox-placement-tests', '/api/status', '/healthz']) {
      const res = await call(path);
      const text = (await res.text()) + JSON.stringify([...res.headers]);
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(OTHER_KEY);
    }
  });

  it('reports the workspaces by name and whether the selected one answers', async () => {
    const { call } = await setup((req) =>
      req.headers.authorization === `Bearer ${OTHER_KEY}` ? { status: 402, body: { statusCode: 402, error: 'Payment Required', message: 'x' } } : { status: 200, body: { items: [] } },
    );
    const ok = (await (await call('/api/status')).json()) as Record<string, unknown>;
    expect(ok).toMatchObject({ backend: 'instantly', ok: true, workspace: { id: 'acme', name: 'Acme' } });
    expect(ok.workspaces).toEqual([{ id: 'acme', name: 'Acme' }, { id: 'globex', name: 'Globex' }]);
    const failing = (await (await call('/api/status', { headers: { 'x-workspace': 'globex' } })).json()) as Record<string, unknown>;
    expect(failing).toMatchObject({ ok: false, workspace: { id: 'globex' }, message: 'Instantly answered 402' });
  });
});
