import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { startFakeUpstream } from '../../testing/fakes/fake-upstream';
import { createUpstreamBackend } from './upstream-backend';

/**
 * Both directions of the forwarding are allow-lists (issue 14, items 7 and 8): these tests name
 * exactly which request headers reach Instantly and which of its headers reach the browser.
 */
const KEY = 'test-key-0123456789abcdef';
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function setup(respond?: Parameters<typeof startFakeUpstream>[0]) {
  const upstream = await startFakeUpstream(respond);
  close = upstream.close;
  const backend = createUpstreamBackend({ baseUrl: upstream.url, workspaces: [{ id: 'a', name: 'A', key: KEY }], timeoutMs: 2000 });
  const app = createApp({ backend, isLoopback: () => true });
  const call = (path: string, init?: RequestInit) => app.fetch(new Request(`http://127.0.0.1${path}`, init));
  return { upstream, call };
}

/** Everything a browser, a proxy or a script might add to a request. */
const HOSTILE_HEADERS = {
  Accept: 'application/json',
  'Accept-Encoding': 'gzip, br',
  'Accept-Language': 'de',
  Authorization: 'Bearer stolen',
  Cookie: 'dashboard_session=abc',
  'x-api-key': 'browser-key',
  Origin: 'http://127.0.0.1',
  Referer: 'http://127.0.0.1/tests',
  'User-Agent': 'Mozilla/5.0',
  'X-HTTP-Method-Override': 'DELETE',
  'X-HTTP-Method': 'DELETE',
  'X-Method-Override': 'DELETE',
  Forwarded: 'for=1.2.3.4;host=evil.example',
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-For': '1.2.3.4',
  'X-Forwarded-Proto': 'http',
  'X-Real-IP': '1.2.3.4',
  'Proxy-Authorization': 'Basic Zm9vOmJhcg==',
  Upgrade: 'websocket',
  TE: 'trailers',
  Via: '1.1 evil',
  'X-Workspace': 'a',
  'Sec-Fetch-Site': 'same-origin',
  'Cache-Control': 'no-cache',
  'If-None-Match': '"x"',
  Range: 'bytes=0-10',
};

describe('request headers to Instantly', () => {
  it('a GET carries exactly accept, accept-encoding and our authorization (plus what node:http adds for the hop)', async () => {
    const { upstream, call } = await setup();
    expect((await call('/api/v2/inbox-placement-tests?limit=1', { headers: HOSTILE_HEADERS })).status).toBe(200);
    const seen = upstream.seen[0]!.headers;
    expect(Object.keys(seen).sort()).toEqual(['accept', 'accept-encoding', 'authorization', 'connection', 'host']);
    expect(seen.authorization).toBe(`Bearer ${KEY}`);
    expect(seen.host).toBe(new URL(upstream.url).host);
  });

  it('a POST adds only its content type and the framing of the streamed body', async () => {
    const { upstream, call } = await setup();
    const res = await call('/api/v2/inbox-placement-tests', {
      method: 'POST',
      headers: { ...HOSTILE_HEADERS, 'Content-Type': 'application/json', Expect: '100-continue' },
      body: JSON.stringify({ name: 'A' }),
    });
    expect(res.status).toBe(200);
    const seen = upstream.seen[0]!;
    expect(Object.keys(seen.headers).sort()).toEqual([
      'accept',
      'accept-encoding',
      'authorization',
      'connection',
      'content-type',
      'host',
      'transfer-encoding',
    ]);
    expect(seen.method).toBe('POST');
    expect(seen.body).toBe('{"name":"A"}');
  });
});

describe('Instantly’s answer to the browser', () => {
  it('passes only the allow-listed headers, never one that echoes the key, and marks API JSON no-store', async () => {
    const { call } = await setup(() => ({
      status: 200,
      body: { items: [] },
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
        'Set-Cookie': 'instantly=1; Path=/',
        Location: 'https://evil.example/',
        Link: '<https://evil.example/x.js>; rel=preload',
        'Cache-Control': 'public, max-age=86400',
        'X-Echo-Key': KEY,
        'X-Ratelimit-Remaining': KEY,
        'Retry-After': '3',
        'X-Ratelimit-Limit': '100',
        'Content-Security-Policy': "script-src 'unsafe-inline'",
        Server: 'instantly',
      },
    }));
    const res = await call('/api/v2/inbox-placement-tests');
    expect(res.status).toBe(200);
    const names = [...res.headers.keys()];
    for (const dropped of ['access-control-allow-origin', 'access-control-allow-credentials', 'set-cookie', 'location', 'link', 'x-echo-key', 'x-ratelimit-remaining', 'server']) {
      expect(names, dropped).not.toContain(dropped);
    }
    expect(JSON.stringify([...res.headers])).not.toContain(KEY);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.headers.get('x-ratelimit-limit')).toBe('100');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.json()).toEqual({ items: [] });
  });

  it.each([
    [200, { 'Content-Type': 'text/html; charset=utf-8' }, /text\/html instead of JSON/],
    [502, { 'Content-Type': 'text/html' }, /text\/html instead of JSON/],
    [200, { 'Content-Type': 'application/javascript' }, /instead of JSON/],
    [302, { Location: 'https://evil.example/' }, /redirect \(302\)/],
    [301, { Location: '/api/v2/api-keys' }, /redirect \(301\)/],
  ])('turns a %i answer with %j into a plain 502', async (status, headers, message) => {
    const { call } = await setup(() => ({ status, body: '<script>alert(1)</script>', headers }));
    const res = await call('/api/v2/inbox-placement-tests');
    expect(res.status).toBe(502);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { statusCode: number; message: string };
    expect(body).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    expect(body.message).toMatch(message);
  });
});
