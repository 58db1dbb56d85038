import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './errors';
import { retryDelay, shouldRetryMutation, shouldRetryQuery } from './retry-policy';

const apiError = (status: number, retryAfterMs: number | null = null) =>
  new ApiError(status, { statusCode: status, error: 'x', message: 'x' }, 'GET /x', retryAfterMs);

describe('retry policy', () => {
  it('retries reads on 5xx, 408, 429 and network errors, a few times', () => {
    for (const error of [apiError(500), apiError(503), apiError(408), apiError(429), new NetworkError(new Error('x'))]) {
      expect(shouldRetryQuery(0, error)).toBe(true);
      expect(shouldRetryQuery(3, error)).toBe(false);
    }
  });

  it('never retries reads on other 4xx', () => {
    for (const status of [400, 401, 402, 403, 404, 422]) expect(shouldRetryQuery(0, apiError(status))).toBe(false);
  });

  it('retries writes only on 429, which the API refused without acting', () => {
    expect(shouldRetryMutation(0, apiError(429))).toBe(true);
    expect(shouldRetryMutation(2, apiError(429))).toBe(false);
    for (const error of [apiError(500), apiError(502), apiError(400), new NetworkError(new Error('x'))]) {
      expect(shouldRetryMutation(0, error)).toBe(false);
    }
  });

  it('waits what Retry-After says, else backs off exponentially up to 30 s', () => {
    expect(retryDelay(0, apiError(429, 4000))).toBe(4000);
    expect(retryDelay(0, apiError(500))).toBe(1000);
    expect(retryDelay(2, apiError(500))).toBe(4000);
    expect(retryDelay(10, apiError(500))).toBe(30_000);
  });
});
