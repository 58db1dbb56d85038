import { createApp } from '../../server/app';
import { createEmulatorBackend } from '../../server/emulator-backend';
import { configureHttp } from '../../src/api/http';

/**
 * The real dashboard server app on an in-memory emulator, called in-process: tests of the
 * client layer and components go through the same code the browser uses, minus the socket.
 */
export function startEmulatorApi() {
  // No ticker: runs happen on requests and clock moves, so a test leaves no timer behind.
  const backend = createEmulatorBackend({ dbFile: ':memory:', control: true, tickMs: 0 });
  const app = createApp({ backend, isLoopback: () => true });
  const requests: { method: string; url: string; headers: Headers }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(new URL(String(input), 'http://127.0.0.1'), init);
    requests.push({ method: request.method, url: request.url, headers: request.headers });
    return app.fetch(request);
  };
  configureHttp({ fetch: fetchImpl });
  /** Call a control route (`/__emulator/faults`, `/clock`, `/seed`…). */
  const control = async (path: string, body?: unknown, method = body === undefined ? 'DELETE' : 'POST') => {
    const res = await app.fetch(
      new Request(`http://127.0.0.1/__emulator/${path}`, {
        method,
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    if (!res.ok) throw new Error(`control ${path} failed: ${res.status} ${await res.text()}`);
    return res;
  };
  return { fetch: fetchImpl, requests, control, close: () => backend.close() };
}
