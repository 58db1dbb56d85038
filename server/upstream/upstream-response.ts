import type { IncomingMessage } from 'node:http';
import { toWebStream } from './send-upstream';

/**
 * What of Instantly's answer reaches the browser: an allow-list of headers, and JSON bodies only.
 * Everything else (`Set-Cookie`, `Access-Control-Allow-Origin: *`, a redirect's `Location`, a
 * header echoing the key, a `text/html` page from a proxy or an error page) stays on the server:
 * the browser talks to our origin, and only our server decides what that origin says.
 *
 * `Content-Encoding` and `Content-Length` stay with the body, passed on byte for byte: Instantly's
 * gzip/brotli (asked for with the browser's own Accept-Encoding) reaches the browser as sent
 * (ADR 002). `Retry-After` drives the app's wait on a 429; the rate-limit headers are harmless
 * and help when reading the network panel.
 */
const PASSED_RESPONSE_HEADERS = [
  'content-type',
  'content-encoding',
  'content-length',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
] as const;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export function errorResponse(statusCode: number, error: string, message: string) {
  return Response.json({ statusCode, error, message }, { status: statusCode });
}

/** The browser's view of one upstream answer; `keys` are never let through in a header value. */
export function toBrowserResponse(upstream: IncomingMessage, method: string, keys: readonly string[]): Response {
  const status = upstream.statusCode ?? 502;
  const empty = status === 204 || status === 304 || method === 'HEAD';
  const type = String(upstream.headers['content-type'] ?? '');
  const mediaType = type.split(';')[0]?.trim();
  const refuse = (message: string) => {
    // Nothing of it is read: drop the socket's remaining bytes instead of buffering them.
    upstream.destroy();
    return errorResponse(502, 'Bad Gateway', message);
  };
  // The API never redirects; following or passing one on could send the browser elsewhere.
  if (status >= 300 && status < 400 && status !== 304) return refuse(`Instantly answered with a redirect (${status}), which the dashboard does not follow.`);
  if (!empty && !JSON_TYPE.test(type) && upstream.headers['content-length'] !== '0') {
    return refuse(`Instantly answered ${status} with ${mediaType || 'no content type'} instead of JSON.`);
  }
  const out = new Headers();
  for (const name of PASSED_RESPONSE_HEADERS) {
    const raw = upstream.headers[name];
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    if (value === undefined || keys.some((key) => value.includes(key))) continue;
    out.set(name, value);
  }
  if (empty) upstream.resume();
  return new Response(empty ? null : toWebStream(upstream), { status, headers: out });
}
