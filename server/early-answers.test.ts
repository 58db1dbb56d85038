import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createEmulatorBackend } from './emulator-backend';
import { startFakeUpstream } from '../testing/fakes/fake-upstream';
import { createUpstreamBackend } from './upstream/upstream-backend';
import { listen, rawConnection } from '../testing/server/listen';

/**
 * Issue 14, item 5: an answer sent before the body was read must not leave a keep-alive
 * connection that the server then drops. Raw sockets, because only they show what a client's
 * connection pool sees.
 */
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const done of cleanup) await done();
  cleanup = [];
});

async function emulatorServer() {
  const backend = createEmulatorBackend({ dbFile: ':memory:', control: false, tickMs: 0 });
  cleanup.push(() => backend.close());
  const server = await listen(createApp({ backend, isLoopback: () => true }).fetch);
  cleanup.push(server.close);
  return server;
}

const head = (method: string, path: string, length: number) =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('an early answer', () => {
  it('a 413 on the declared length says Connection: close, and the server closes the socket', async () => {
    const server = await emulatorServer();
    const conn = await rawConnection(server.port);
    cleanup.push(conn.destroy);
    await conn.write(head('POST', '/api/v2/inbox-placement-tests', 2_000_000) + 'x'.repeat(64 * 1024));
    const res = await conn.next();
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    await conn.closed;
  });

  it('a 403 for a refused upstream operation with 300 KB unread says Connection: close too', async () => {
    const upstream = await startFakeUpstream();
    cleanup.push(upstream.close);
    const backend = createUpstreamBackend({ baseUrl: upstream.url, workspaces: [{ id: 'a', name: 'A', key: 'k'.repeat(20) }] });
    const server = await listen(createApp({ backend, isLoopback: () => true }).fetch);
    cleanup.push(server.close);
    const conn = await rawConnection(server.port);
    cleanup.push(conn.destroy);
    await conn.write(head('POST', '/api/v2/api-keys', 300_000) + 'x'.repeat(16 * 1024));
    const res = await conn.next();
    expect(res.status).toBe(403);
    expect(res.headers.connection).toBe('close');
    await conn.closed;
    expect(upstream.seen).toHaveLength(0);
  });

  it('an answer after the whole body was read keeps the connection for the next request', async () => {
    const server = await emulatorServer();
    const conn = await rawConnection(server.port);
    cleanup.push(conn.destroy);
    const body = JSON.stringify({ name: 'x'.repeat(2_000) });
    await conn.write(head('PATCH', '/api/v2/inbox-placement-tests/0199-missing', Buffer.byteLength(body)) + body);
    const first = await conn.next();
    expect(first.status).toBe(404);
    expect(first.headers.connection).not.toBe('close');
    await conn.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect((await conn.next()).status).toBe(200);
  });
});
