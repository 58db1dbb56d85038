import { ApiError, isApiError } from './errors';

const MAX_QUERY_RETRIES = 3;

/** Reads retry on network errors, 5xx, 408 and 429; other 4xx will not change by retrying. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (error instanceof ApiError) return error.status >= 500 || error.status === 408 || error.status === 429;
  return error instanceof Error && error.name === 'NetworkError';
}

/**
 * Writes retry only on 429: the server refused the request without acting on it, so sending it
 * again cannot do the work twice. 5xx and network errors may have been applied: never resent.
 */
export function shouldRetryMutation(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isApiError(error, 429);
}

/** Wait what `Retry-After` says, else back off exponentially (1 s, 2 s, 4 s… up to 30 s). */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 60_000);
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

export const retryDefaults = {
  queries: { retry: shouldRetryQuery, retryDelay },
  mutations: { retry: shouldRetryMutation, retryDelay },
};
