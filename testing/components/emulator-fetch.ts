import { createApp } from '../../server/app';
import { createEmulatorBackend } from '../../server/emulator-backend';
import { createWebhookPoster } from '../../server/outbound-webhook';
import { createResultsService } from '../../server/results/results-service';
import { configureHttp } from '../../src/api/http';

/**
 * The real dashboard server app on an in-memory emulator, called in-process: tests of the
 * client layer and components go through the same code the browser uses, minus the socket.
 */
type Hold = { method: string; path: RegExp; arrived: number; gate: Promise<void> };

export function startEmulatorApi() {
  // No ticker: runs happen on requests and clock moves, so a test leaves no timer behind.
  // Webhooks and test calls may reach the tests' own loopback receivers (WEBHOOK_ALLOW_PRIVATE).
  const postWebhook = createWebhookPoster({ allowPrivate: true, timeoutMs: 2_000 });
  const backend = createEmulatorBackend({ dbFile: ':memory:', control: true, tickMs: 0, postWebhook });
  const results = createResultsService({ backend, file: ':memory:' });
  const app = createApp({ backend, results, isLoopback: () => true, postWebhook });
  const requests: { method: string; url: string; headers: Headers }[] = [];
  const holds: Hold[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(new URL(String(input), 'http://127.0.0.1'), init);
    requests.push({ method: request.method, url: request.url, headers: request.headers });
    const url = new URL(request.url);
    const hold = holds.find((h) => h.method === request.method && h.path.test(url.pathname + url.search));
    if (hold) {
      hold.arrived += 1;
      await hold.gate;
    }
    return app.fetch(request);
  };
  /**
   * The server keeps requests matching `method` and `path` (tried on path + search) unanswered
   * until `release()`: "the server is slow" as a step of the test, not a race with the machine.
   */
  const hold = (method: string, path: RegExp) => {
    let release!: () => void;
    const entry: Hold = { method, path, arrived: 0, gate: new Promise<void>((resolve) => (release = resolve)) };
    holds.push(entry);
    return {
      /** How many matching requests have reached the server so far. */
      arrived: () => entry.arrived,
      release: () => {
        holds.splice(holds.indexOf(entry), 1);
        release();
      },
    };
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
  return {
    fetch: fetchImpl,
    requests,
    control,
    hold,
    results,
    close: () => {
      results.cancel();
      backend.close();
    },
  };
}
