import type { ErrorBody } from '../../core/contract/common';

/** An HTTP error from the API, carrying Instantly's `{statusCode, error, message}` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody | null;
  readonly endpoint: string;
  /** From `Retry-After` (seconds or HTTP date), when the server sent one. */
  readonly retryAfterMs: number | null;

  constructor(status: number, body: ErrorBody | null, endpoint: string, retryAfterMs: number | null = null) {
    super(body?.message ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.endpoint = endpoint;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The response arrived but does not match the contract: a bug or an API change, not user error. */
export class ApiSchemaError extends Error {
  readonly endpoint: string;
  readonly issues: string[];
  constructor(endpoint: string, issues: string[]) {
    super(`The response of ${endpoint} did not match the expected shape: ${issues.slice(0, 3).join('; ')}`);
    this.name = 'ApiSchemaError';
    this.endpoint = endpoint;
    this.issues = issues;
  }
}

/** fetch() itself failed: offline, server down, connection reset. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The dashboard server could not be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Plain-language message for anything thrown by the API layer (docs/conventions.md "Errors and loading"). */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const detail = error.body?.message;
    switch (error.status) {
      case 401:
        return 'The API key was rejected. Check INSTANTLY_API_KEY on the dashboard server.';
      case 402:
        return 'This workspace has no Inbox Placement plan. Subscribe to Inbox Placement in Instantly to use tests.';
      case 403:
        return `The API key lacks the scope this needs${detail && detail !== 'Forbidden' ? ` (${detail})` : ''}. Create a key with inbox placement scopes.`;
      case 404:
        return detail && detail !== 'Resource not found' ? detail : 'Not found. It may have been deleted.';
      case 429:
        return 'Instantly is rate limiting this workspace. Wait a moment and try again.';
      default:
        if (error.status >= 500) return `Instantly had a problem (${error.status}${detail ? `: ${detail}` : ''}). Try again.`;
        return detail ?? `Request failed (${error.status}).`;
    }
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
