import type * as z from 'zod/mini';
import { errorBodySchema } from '../../core/contract/common';
import { parseRetryAfter } from '../../core/rules/retry-after';
import { ApiError, ApiSchemaError, NetworkError } from './errors';
import { apiRateLimiter } from './rate-limiter';

/** Same origin: our server forwards /api/v2 to the emulator or to Instantly with the key added. */
export const API_BASE = '/api/v2';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Defaults to the Instantly API base; the server's own routes live under /api. */
  base?: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>, base = API_BASE): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/** Test seam and workspace hook: everything goes through here (set by the app or tests). */
let fetchImpl: typeof fetch = (...args) => fetch(...args);
let extraHeaders: () => Record<string, string> = () => ({});
export function configureHttp(opts: { fetch?: typeof fetch; headers?: () => Record<string, string> }) {
  if (opts.fetch) fetchImpl = opts.fetch;
  if (opts.headers) extraHeaders = opts.headers;
}

/**
 * One request, parsed with the contract schema. Sends JSON only when there is a body (a DELETE
 * with `Content-Type: application/json` and no body is rejected by Instantly). Never retries:
 * retry policy lives in the query client, where reads and writes differ.
 */
export async function request<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  { base = API_BASE, method = 'GET', query, body, signal }: RequestOptions = {},
): Promise<z.infer<S>> {
  const url = buildUrl(path, query, base);
  const endpoint = `${method} ${base}${path}`;
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    if (base === API_BASE) await apiRateLimiter.acquire();
    signal?.throwIfAborted();
    response = await fetchImpl(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }

  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }

  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data : { statusCode: response.status, error: response.statusText, message: text.slice(0, 300) || response.statusText },
      endpoint,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }

  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    console.error(`[api] ${endpoint} failed the contract`, issues);
    throw new ApiSchemaError(endpoint, issues);
  }
  return result.data;
}
