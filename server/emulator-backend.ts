import { createEmulator } from './emulator/create-emulator';
import { carriesBody, forwardableHeaders, type Backend } from './backend';

export interface EmulatorBackendOptions {
  dbFile: string;
  control: boolean;
  /** The run scheduler's real-time ticker (see createEmulator); 0 for none. */
  tickMs?: number;
}

/** The embedded default: the server authenticates to its own emulator with an all-scopes key. */
export function createEmulatorBackend({ dbFile, control, tickMs }: EmulatorBackendOptions): Backend {
  const emulator = createEmulator({ dbFile, seed: true, control, tickMs });
  const forward = async (request: Request) => {
    const body = carriesBody(request.method) ? await request.arrayBuffer() : undefined;
    return emulator.app.fetch(
      new Request(request.url, {
        method: request.method,
        headers: forwardableHeaders(request.headers, emulator.serverKey),
        body: body && body.byteLength > 0 ? body : undefined,
      }),
    );
  };
  return {
    kind: 'emulator',
    label: 'Emulator',
    fetch: forward,
    async ping() {
      const res = await forward(new Request('http://emulator/api/v2/inbox-placement-tests?limit=1'));
      return { ok: res.ok, status: res.status, message: res.ok ? undefined : `Emulator answered ${res.status}` };
    },
    control: control ? async (request) => emulator.app.fetch(request) : undefined,
    close: () => emulator.close(),
  };
}
