import { carriesBody, forwardableHeaders, type Backend } from '../backend';
import { isAllowedOperation } from './allowed-operations';
import { sendUpstream, toWebStream, UpstreamTimeoutError } from './send-upstream';

export interface Workspace {
  id: string;
  name: string;
  key: string;
}

export interface UpstreamOptions {
  baseUrl: string;
  workspaces: Workspace[];
  /** How long one upstream call may take before the browser gets a 504. */
  timeoutMs?: number;
}

/**
 * Response headers that describe the hop, not the payload, or that we must not pass on. The body
 * is passed on byte for byte, so `Content-Encoding` and `Content-Length` stay: Instantly's
 * gzip/brotli (asked for with the browser's own Accept-Encoding) reaches the browser as sent,
 * without our server decoding or compressing it again.
 */
const DROPPED_RESPONSE_HEADERS = ['connection', 'keep-alive', 'transfer-encoding', 'set-cookie', 'alt-svc'];

function errorResponse(statusCode: number, error: string, message: string) {
  return Response.json({ statusCode, error, message }, { status: statusCode });
}

/**
 * Forward allowed `/api/v2` calls to Instantly with the selected workspace's key. Bodies stream
 * both ways; status, error body and Retry-After pass through unchanged. The upstream host is
 * fixed by configuration and never taken from the request.
 */
export function createUpstreamBackend({ baseUrl, workspaces, timeoutMs = 30_000 }: UpstreamOptions): Backend {
  const base = new URL(baseUrl);
  const first = workspaces[0];
  if (!first) throw new Error('At least one workspace is needed');
  const pick = (request: Request) => {
    const wanted = request.headers.get('x-workspace');
    return workspaces.find((w) => w.id === wanted) ?? first;
  };

  const forward = async (request: Request): Promise<Response> => {
    const incoming = new URL(request.url);
    if (!isAllowedOperation(request.method, incoming.pathname)) {
      return errorResponse(403, 'Forbidden', `The dashboard does not forward ${request.method} ${incoming.pathname}`);
    }
    const workspace = pick(request);
    const target = new URL(incoming.pathname + incoming.search, base);
    const headers = forwardableHeaders(request.headers, workspace.key);
    headers.delete('x-workspace');
    headers.delete('origin');
    headers.delete('referer');
    const hasBody = carriesBody(request.method) && request.body !== null;
    let upstream: import('node:http').IncomingMessage;
    try {
      upstream = await sendUpstream(target, { method: request.method, headers, body: hasBody ? request.body : null, signal: request.signal, timeoutMs });
    } catch (error) {
      if (error instanceof UpstreamTimeoutError) {
        return errorResponse(504, 'Gateway Timeout', `Instantly did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      }
      return errorResponse(502, 'Bad Gateway', `Instantly could not be reached at ${base.origin}. Check the network or INSTANTLY_API_URL.`);
    }
    const out = new Headers();
    for (const [name, value] of Object.entries(upstream.headers)) {
      if (value === undefined || DROPPED_RESPONSE_HEADERS.includes(name)) continue;
      out.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const status = upstream.statusCode ?? 502;
    const empty = status === 204 || status === 304 || request.method === 'HEAD';
    return new Response(empty ? null : toWebStream(upstream), { status, headers: out });
  };

  return {
    kind: 'instantly',
    label: 'Instantly',
    workspaces: workspaces.map(({ id, name }) => ({ id, name })),
    fetch: forward,
    async ping(workspaceId) {
      const headers = workspaceId ? { 'x-workspace': workspaceId } : undefined;
      const res = await forward(new Request(new URL('/api/v2/inbox-placement-tests?limit=1', 'http://dashboard'), { headers }));
      await res.body?.cancel();
      if (res.ok) return { ok: true, status: res.status };
      return { ok: false, status: res.status, message: `Instantly answered ${res.status}` };
    },
    close() {},
  };
}
