import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Backend } from './backend';
import { createEmulatorBackend } from './emulator-backend';
import { createWebhookPoster, isPrivateAddress } from './outbound-webhook';

/** "Send a test call" and the emulator-only routes, through the whole server app (ADR 017). */
let backend: Backend | undefined;
afterEach(() => backend?.close());

function app(allowPrivate = false) {
  backend = createEmulatorBackend({ dbFile: ':memory:', control: false, tickMs: 0 });
  const served = createApp({
    backend,
    isLoopback: () => true,
    postWebhook: createWebhookPoster({ allowPrivate }),
  });
  return (path: string, init?: RequestInit) => served.fetch(new Request(`http://127.0.0.1${path}`, init));
}
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('POST /api/webhook-test', () => {
  it('refuses loopback, private and non-http(s) addresses without calling them', async () => {
    const call = app();
    for (const [url, error] of [
      ['http://127.0.0.1:9/x', /private or local address/],
      ['http://[::1]:9/x', /private or local address/],
      ['https://10.1.2.3/x', /private or local address/],
      ['http://localhost:9/x', /private or local address/],
      ['ftp://example.com/x', /Only http:\/\/ and https:\/\//],
      ['https://user:pw@example.com/x', /no user name or password/],
    ] as const) {
      const res = await call('/api/webhook-test', post({ url }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { ok: boolean; error: string };
      expect(body.ok).toBe(false);
      expect(body.error).toMatch(error);
    }
  });

  it('answers 400 to a body without a URL, and 403 to a cross-site form post', async () => {
    const call = app();
    expect((await call('/api/webhook-test', post({ href: 'x' }))).status).toBe(400);
    expect(
      (
        await call(
          '/api/webhook-test',
          post({ url: 'https://example.com' }, { origin: 'https://evil.example' }),
        )
      ).status,
    ).toBe(403);
  });

  it('classifies addresses: private and mapped ones refused, public ones allowed', () => {
    expect(
      [
        '127.0.0.1',
        '10.0.0.1',
        '172.16.5.4',
        '192.168.1.1',
        '169.254.169.254',
        '::1',
        'fd00::1',
        '::ffff:127.0.0.1',
      ].map(isPrivateAddress),
    ).toEqual(Array(8).fill(true));
    expect(['93.184.216.34', '2606:2800:220:1::1'].map(isPrivateAddress)).toEqual([false, false]);
  });
});

describe('emulator-only routes', () => {
  it('serve the firings of a test and "send" outside mail, without EMULATOR_CONTROL', async () => {
    const call = app();
    const created = await call(
      '/api/v2/inbox-placement-tests',
      post({
        name: 'Outside',
        type: 1,
        sending_method: 2,
        email_subject: 's',
        email_body: 'b',
        emails: [],
        test_code: 'route-check',
        recipients_labels: [
          { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
        ],
      }),
    );
    const { id } = (await created.json()) as { id: string };
    expect(await (await call(`/api/emulator/automation-firings?test_id=${id}`)).json()).toEqual({
      items: [],
    });
    const sent = await call(
      '/api/emulator/outside-mail',
      post({ test_code: 'ptid_route-check', from: 'a@example.com' }),
    );
    expect(await sent.json()).toEqual({ test_id: id, from: 'a@example.com' });
    expect((await call('/__emulator/state')).status).toBe(404);
  });
});

it('the emulator-only routes answer 404 when the dashboard talks to Instantly', async () => {
  const instantly: Backend = {
    kind: 'instantly',
    label: 'Instantly',
    fetch: async () => new Response('{}'),
    ping: async () => ({ ok: true }),
    close: () => undefined,
  };
  const served = createApp({ backend: instantly, isLoopback: () => true });
  const res = await served.fetch(new Request('http://127.0.0.1/api/emulator/automation-firings?test_id=x'));
  expect(res.status).toBe(404);
  expect(((await res.json()) as { message: string }).message).toBe(
    'Available only when the dashboard runs on its emulator',
  );
});
