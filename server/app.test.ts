import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { backendState, type Backend } from './backend';
import { createEmulatorBackend } from './emulator-backend';

let backend: Backend | undefined;
let distDir = '';
afterEach(() => backend?.close());

function setup({ loopback = true, control = true } = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  distDir = dist;
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dist, '..', 'secret.txt'), 'top secret');
  backend = createEmulatorBackend({ dbFile: ':memory:', control });
  const app = createApp({ backend, staticDir: dist, isLoopback: () => loopback });
  return (path: string, init?: RequestInit) => app.fetch(new Request(`http://127.0.0.1${path}`, init));
}

describe('dashboard server', () => {
  it('sends the security headers on pages, assets and API responses', async () => {
    const call = setup();
    for (const path of ['/tests', '/assets/app-1234.js', '/api/v2/inbox-placement-tests', '/api/status']) {
      const res = await call(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the app for client routes and long-cached assets', async () => {
    const call = setup();
    const page = await call('/tests/0199-abc');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    const asset = await call('/assets/app-1234.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await call('/assets/missing.js')).status).toBe(404);
    expect((await call('/missing.png')).status).toBe(404);
    // A dot in a route segment (a typed or pasted id) is still a route, not a missing file.
    const dotted = await call(`/tests/${encodeURIComponent("{{constructor.constructor('x')()}}")}`);
    expect(dotted.status).toBe(200);
    expect(await dotted.text()).toContain('<title>app</title>');
  });

  it('compresses assets for browsers that accept it, and the bytes decode to the file', async () => {
    const call = setup();
    const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
    writeFileSync(join(distDir, 'assets', 'big-5678.js'), script);
    const br = await call('/assets/big-5678.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const body = Buffer.from(await br.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(body).toString()).toBe(script);
    const gz = await call('/assets/big-5678.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const plain = await call('/assets/big-5678.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('sends the build’s pre-compressed copy when there is one, instead of compressing again', async () => {
    const call = setup();
    const script = `console.log(${JSON.stringify('y'.repeat(5000))});`;
    writeFileSync(join(distDir, 'assets', 'pre-9abc.js'), script);
    const prebuilt = brotliCompressSync(Buffer.from(script));
    writeFileSync(join(distDir, 'assets', 'pre-9abc.js.br'), prebuilt);
    const res = await call('/assets/pre-9abc.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(Buffer.from(await res.arrayBuffer()).equals(prebuilt)).toBe(true);
    // No .gz copy: gzip is made on the fly and still decodes to the file.
    const gz = await call('/assets/pre-9abc.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
  });

  it('gzips API JSON for browsers that accept it, and the bytes decode to the same page', async () => {
    const call = setup();
    const path = '/api/v2/inbox-placement-tests?limit=25';
    const plain = await call(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const gz = await call(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await gz.arrayBuffer());
    expect(body.length).toBeLessThan(text.length / 3);
    expect(JSON.parse(gunzipSync(body).toString())).toEqual(JSON.parse(text));
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%00.js',
  ])('refuses path traversal: %s', async (path) => {
    const call = setup();
    const res = await call(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('top secret');
  });

  it('forwards /api/v2 to the emulator with its own key, whatever the browser sends', async () => {
    const call = setup();
    const res = await call('/api/v2/inbox-placement-tests?limit=3', {
      headers: { Authorization: 'Bearer wrong' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: unknown[]; next_starting_after?: string };
    expect(body.items).toHaveLength(3);
    expect(body.next_starting_after).toEqual(expect.any(String));
  });

  it.each([
    ['POST', '/api/v2/inbox-placement-tests'],
    ['PATCH', '/api/v2/inbox-placement-tests/0199-any'],
    ['DELETE', '/api/v2/inbox-placement-tests/0199-any'],
  ])('refuses a %s body over 1 MB before it reaches the backend', async (method, path) => {
    const call = setup();
    const res = await call(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const call = setup();
    const res = await call('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404 });
  });

  it('exposes emulator control routes only to loopback clients and only when enabled', async () => {
    expect((await setup({ loopback: true })('/__emulator/state')).status).toBe(200);
    backend?.close();
    expect((await setup({ loopback: false })('/__emulator/state')).status).toBe(404);
    backend?.close();
    expect((await setup({ control: false })('/__emulator/state')).status).toBe(404);
  });

  it('/api/status is not faulted: faults set for the app’s calls neither turn the badge nor shift the seeded draws', async () => {
    const call = setup();
    const state = async () => ((await (await call('/api/status')).json()) as { state: string }).state;
    const faults = (body?: unknown) =>
      call('/__emulator/faults', body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : { method: 'DELETE' });
    for (const fault of [{ errorRate: 1 }, { rateLimitRate: 1 }, { paymentRequiredRate: 1 }]) {
      await faults(fault);
      expect(await state()).toBe('connected');
      expect((await call('/api/v2/inbox-placement-tests?limit=1')).status).not.toBe(200);
    }
    // The n-th list request meets the same fault whether or not the header asked in between (ADR 008).
    const statuses = async (ping: boolean) => {
      await faults({ errorRate: 0.5, seed: 7 });
      const seen: number[] = [];
      for (let i = 0; i < 12; i++) {
        if (ping) await state();
        seen.push((await call('/api/v2/inbox-placement-tests?limit=1')).status);
      }
      return seen;
    };
    const alone = await statuses(false);
    expect(alone).toContain(500);
    expect(await statuses(true)).toEqual(alone);
    await faults();
  });

  it('API answers are never cached', async () => {
    const call = setup();
    for (const path of ['/api/v2/inbox-placement-tests?limit=1', '/api/status', '/api/v2/nope', '/api/nope']) {
      expect((await call(path)).headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('backendState', () => {
  it.each([
    [{ ok: true, status: 200 }, 'connected'],
    [{ ok: false, status: 500 }, 'errors'],
    [{ ok: false, status: 429 }, 'errors'],
    [{ ok: false, status: 404 }, 'errors'],
    [{ ok: false, status: 401 }, 'refused'],
    [{ ok: false, status: 403 }, 'refused'],
    [{ ok: false, status: 502 }, 'down'],
    [{ ok: false, status: 504 }, 'down'],
    [{ ok: false }, 'down'],
  ] as const)('%o → %s', (ping, expected) => {
    expect(backendState(ping)).toBe(expected);
  });
});
