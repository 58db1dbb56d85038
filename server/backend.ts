/** What the dashboard server forwards `/api/v2/*` to: the embedded emulator or Instantly itself. */
export interface Backend {
  kind: 'emulator' | 'instantly';
  /** Shown in the header, e.g. "Emulator" or "Instantly · Acme". */
  label: string;
  /** Forward one browser request (already stripped of credentials) and return the response. */
  fetch(request: Request): Promise<Response>;
  /** A cheap call that tells whether the backend answers. */
  ping(workspaceId?: string): Promise<{ ok: boolean; message?: string }>;
  /** Instantly only: the configured workspaces (names, never keys) for the header's switcher. */
  workspaces?: { id: string; name: string }[];
  /** Emulator only: its test control routes (`/__emulator/*`). */
  control?: (request: Request) => Promise<Response>;
  close(): void;
}

/** Headers the browser may send that must never reach an API backend. */
const STRIPPED_REQUEST_HEADERS = ['authorization', 'cookie', 'host', 'x-api-key', 'connection', 'content-length'];

export function forwardableHeaders(incoming: Headers, key: string): Headers {
  const headers = new Headers();
  for (const [name, value] of incoming) {
    if (!STRIPPED_REQUEST_HEADERS.includes(name.toLowerCase())) headers.set(name, value);
  }
  headers.set('Authorization', `Bearer ${key}`);
  return headers;
}
