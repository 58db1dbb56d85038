import { createEmulator } from './emulator/create-emulator';
import { carriesBody, forwardableHeaders, type Backend } from './backend';
import { PROBE_HEADER } from './emulator/http/faults';
import type { PostWebhook } from './emulator/runs/webhook-delivery';

export interface EmulatorBackendOptions {
  dbFile: string;
  control: boolean;
  /** The run scheduler's real-time ticker (see createEmulator); 0 for none. */
  tickMs?: number;
  /** How long one statement waits for another process's write lock (store.ts). */
  busyTimeoutMs?: number;
  /** Waits before each new try of a request the busy store refused; then its 503 is passed on. */
  busyRetryMs?: readonly number[];
  /** Calls automations' webhooks (server/outbound-webhook.ts); none: they are not called. */
  postWebhook?: PostWebhook;
}

/** About 1.5 s of waiting in all, without blocking the event loop as a long busy timeout would. */
const BUSY_RETRY_MS = [50, 100, 200, 400, 800];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The embedded default: the server authenticates to its own emulator with an all-scopes key. */
export function createEmulatorBackend({ dbFile, control, tickMs, busyTimeoutMs, busyRetryMs = BUSY_RETRY_MS, postWebhook }: EmulatorBackendOptions): Backend {
  const emulator = createEmulator({ dbFile, seed: true, control, tickMs, busyTimeoutMs, postWebhook });
  const forward = async (request: Request, extra?: Record<string, string>) => {
    const body = carriesBody(request.method) ? await request.arrayBuffer() : undefined;
    const send = () => {
      const headers = forwardableHeaders(request.headers, emulator.serverKey);
      for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
      return emulator.app.fetch(new Request(request.url, { method: request.method, headers, body: body && body.byteLength > 0 ? body : undefined }));
    };
    // The emulator answers 503 only when its file stayed locked by another process, and then
    // it changed nothing (every write is one transaction): the same request can go again.
    let res = await send();
    for (const wait of busyRetryMs) {
      if (res.status !== 503) break;
      await res.body?.cancel();
      await pause(wait);
      res = await send();
    }
    return res;
  };
  return {
    kind: 'emulator',
    label: 'Emulator',
    fetch: (request) => forward(request),
    // The header's badge asks whether the emulator is there, not whether a fault set up for the
    // app's own calls hits this one: faults are skipped, and draw nothing from the seeded streams.
    async ping() {
      const res = await forward(new Request('http://emulator/api/v2/inbox-placement-tests?limit=1'), { [PROBE_HEADER]: '1' });
      await res.body?.cancel();
      return { ok: res.ok, status: res.status, message: res.ok ? undefined : `Emulator answered ${res.status}` };
    },
    // `/api/emulator/x` → the emulator's own `/emulator/x` (routes-emulator-only.ts), with the key.
    emulatorOnly: async (request) => {
      const url = new URL(request.url);
      url.pathname = url.pathname.replace(/^\/api\/emulator\//, '/emulator/');
      const body = carriesBody(request.method) ? await request.arrayBuffer() : undefined;
      return forward(new Request(url, { method: request.method, headers: request.headers, body }));
    },
    control: control ? async (request) => emulator.app.fetch(request) : undefined,
    close: () => emulator.close(),
  };
}
