export interface Ping {
  ok: boolean;
  /** The backend's HTTP status; absent when it could not be reached at all. */
  status?: number;
  message?: string;
}

/**
 * What the header says about the backend (`GET /api/status`): `connected`; `errors` when it
 * answers with a 5xx, 429 or the like (reachable, having trouble: one injected 500 is not an
 * outage); `refused` for 401/402/403 (the key or plan); `down` when it cannot be reached.
 */
export type BackendState = 'connected' | 'errors' | 'refused' | 'down';

export function backendState(ping: Ping): BackendState {
  if (ping.ok) return 'connected';
  const { status } = ping;
  if (status === undefined || status === 502 || status === 503 || status === 504) return 'down';
  if (status === 401 || status === 402 || status === 403) return 'refused';
  return 'errors';
}

/**
 * The body of `GET /api/status` (core/contract/server-status.ts): the backend, the workspace
 * asked for (or the first), and how the backend answered. Also handed to the page the server
 * draws (first-paint.ts), so its header says the same as the app's.
 */
export function describeStatus(backend: Backend, requestedWorkspace: string | null | undefined, ping: Ping, auth: boolean) {
  const workspaces = backend.workspaces ?? [];
  const workspace = workspaces.find((w) => w.id === requestedWorkspace) ?? workspaces[0] ?? null;
  return { backend: backend.kind, label: backend.label, ...ping, state: backendState(ping), workspaces, workspace, auth };
}

/** What the dashboard server forwards `/api/v2/*` to: the embedded emulator or Instantly itself. */
export interface Backend {
  kind: 'emulator' | 'instantly';
  /** Shown in the header, e.g. "Emulator" or "Instantly · Acme". */
  label: string;
  /** Forward one browser request (already stripped of credentials) and return the response. */
  fetch(request: Request): Promise<Response>;
  /** A cheap call that tells whether the backend answers, and with which HTTP status. */
  ping(workspaceId?: string): Promise<Ping>;
  /** Instantly only: the configured workspaces (names, never keys) for the header's switcher. */
  workspaces?: { id: string; name: string }[];
  /**
   * Emulator only: what it offers that Instantly does not (`/api/emulator/*`: automation firings,
   * outside mail; docs/api/reference.md "Emulator-only routes"), for the dashboard itself.
   */
  emulatorOnly?: (request: Request) => Promise<Response>;
  /** Emulator only: its test control routes (`/__emulator/*`). */
  control?: (request: Request) => Promise<Response>;
  close(): void;
}

/**
 * Whether a request with this method can carry a body (fetch gives GET and HEAD none). Checked
 * before touching `request.body`: on @hono/node-server that builds a full fetch Request, which
 * a GET need not pay for (docs/benchmarks.md, "Upstream mode").
 */
export function carriesBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/**
 * The only request headers a backend ever sees, besides the `Authorization` the server adds: an
 * allow-list, not a block-list, so a header nobody thought of (`X-HTTP-Method-Override`,
 * `Forwarded`, `X-Forwarded-Host`, `Proxy-Authorization`, `Upgrade`, `Expect`, `TE`, the browser's
 * `Origin`, `Referer`, `Cookie` or an `x-api-key` of its own) never reaches Instantly.
 * `server/upstream/upstream-headers.test.ts` lists exactly what arrives.
 */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-encoding', 'content-type'] as const;

export function forwardableHeaders(incoming: Headers, key: string): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('Authorization', `Bearer ${key}`);
  return headers;
}
