import { RateLimiter } from '../../core/rules/rate-limiter';
import { parseRetryAfter } from '../../core/rules/retry-after';
import type { Backend } from '../backend';

/**
 * The sync's way to Instantly: the same `Backend.fetch` the browser's calls take (emulator or
 * upstream), with the workspace chosen by header as the browser chooses it, paced by one
 * limiter per workspace (ADR 020) and counted, so tests and `bench:senders` can say what a
 * sync cost.
 */
export class SyncCancelled extends Error {}

export class WorkspaceApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Half of Instantly's 100/s and 6,000/min: room left for the browser tabs and other integrations;
 * each window 100 ms longer, so a late request never makes one too many as Instantly counts them
 * (`npm run bench:senders` counts at the emulator).
 */
export const SYNC_RATE = { perSecond: 50, perMinute: 3000, marginMs: 100 };
const MAX_TRIES = 5;

export interface WorkspaceApi {
  get(path: string, query: Record<string, string | number | boolean | undefined>, signal: AbortSignal): Promise<unknown>;
  post(path: string, body: unknown, signal: AbortSignal): Promise<unknown>;
  /** Requests sent so far (retries included). */
  readonly calls: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function plainMessage(status: number, body: string): string {
  let detail = '';
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') detail = `: ${parsed.message}`;
  } catch {
    // Not JSON: the status says enough.
  }
  if (status === 401) return `Instantly rejected the API key (401)${detail}. Check this workspace's key.`;
  if (status === 403) return `The API key lacks a scope the sync needs (403)${detail}.`;
  if (status === 402) return 'This workspace has no Inbox Placement plan (402).';
  return `Instantly answered ${status}${detail}.`;
}

export function createWorkspaceApi(backend: Backend, workspaceId: string, limiter = new RateLimiter(SYNC_RATE)): WorkspaceApi {
  let calls = 0;
  const send = async (method: 'GET' | 'POST', url: string, body: string | undefined, signal: AbortSignal) => {
    for (let attempt = 1; ; attempt += 1) {
      await limiter.acquire();
      if (signal.aborted) throw new SyncCancelled('Sync cancelled');
      calls += 1;
      const headers: Record<string, string> = { accept: 'application/json', 'x-workspace': workspaceId };
      if (body !== undefined) headers['content-type'] = 'application/json';
      // Each request its own signal, following the sync's: a Request holds on to the signal it is
      // given, and thousands of them on the sync's one signal would pile up listeners on it.
      const own = new AbortController();
      const follow = () => own.abort();
      signal.addEventListener('abort', follow, { once: true });
      let res: Response;
      let text: string;
      try {
        res = await backend.fetch(new Request(new URL(url, 'http://results-sync'), { method, headers, body, signal: own.signal }));
        text = await res.text();
      } finally {
        signal.removeEventListener('abort', follow);
      }
      if (res.ok) return JSON.parse(text) as unknown;
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= MAX_TRIES) throw new WorkspaceApiError(res.status, plainMessage(res.status, text));
      const wait = parseRetryAfter(res.headers.get('retry-after')) ?? 500 * 2 ** attempt;
      if (res.status === 429) limiter.pauseFor(wait);
      else await pause(wait);
    }
  };
  return {
    get: (path, query, signal) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
      return send('GET', `/api/v2${path}?${params}`, undefined, signal);
    },
    post: (path, body, signal) => send('POST', `/api/v2${path}`, JSON.stringify(body), signal),
    get calls() {
      return calls;
    },
  };
}
