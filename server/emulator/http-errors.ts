import { isBusy } from './store/busy';

/**
 * Instantly's error body `{statusCode, error, message}` (docs/api/reference.md §1 "Error body"). The API runs
 * on Fastify, so `error` is the HTTP reason phrase and `message` reads like Fastify/AJV output.
 */
export const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message = 'Resource not found') => new HttpError(404, message);

export function errorBody(statusCode: number, message: string) {
  return { statusCode, error: REASON_PHRASES[statusCode] ?? 'Error', message };
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': JSON_TYPE, ...headers } });
}

/** For bodies assembled from stored JSON text, so list pages skip a parse/stringify round trip. */
export function rawJsonResponse(text: string, status = 200): Response {
  return new Response(text, { status, headers: { 'content-type': JSON_TYPE } });
}

export function errorResponse(
  statusCode: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(errorBody(statusCode, message), statusCode, headers);
}

/**
 * The store stayed locked by another process (a second server on the file, a backup, a sqlite3
 * shell): nothing was written, so the request may simply be sent again (emulator-backend.ts does).
 */
export const BUSY_MESSAGE =
  'The emulator’s database is busy: another process is writing to it. Nothing was changed; try again in a moment.';

export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error.statusCode, error.message, error.headers);
  if (isBusy(error)) {
    console.warn('[emulator] store busy:', (error as Error).message);
    return errorResponse(503, BUSY_MESSAGE, { 'Retry-After': '1' });
  }
  console.error('[emulator] unhandled error', error);
  return errorResponse(500, 'Internal Server Error');
}
