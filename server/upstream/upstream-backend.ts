import { carriesBody, forwardableHeaders, type Backend } from '../backend';
import { isAllowedOperation } from './allowed-operations';
import { sendUpstream, UpstreamTimeoutError } from './send-upstream';
import { errorResponse, toBrowserResponse } from './upstream-response';

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
 * Forward allowed `/api/v2` calls to Instantly with the selected workspace's key. Bodies stream
 * both ways; status, JSON error body and Retry-After pass through (upstream-response.ts says what
 * else does). The upstream host is fixed by configuration and never taken from the request.
 */
export function createUpstreamBackend({ baseUrl, workspaces, timeoutMs = 30_000 }: UpstreamOptions): Backend {
  const base = new URL(baseUrl);
  const first = workspaces[0];
  if (!first) throw new Error('At least one workspace is needed');
  const keys = workspaces.map((w) => w.key);
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
    return toBrowserResponse(upstream, request.method, keys);
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
