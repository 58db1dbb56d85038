import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulatorApi } from '../../testing/components/emulator-fetch';
import { parseRetryAfter } from '../../core/rules/retry-after';
import { ApiError, ApiSchemaError, getErrorMessage } from './errors';
import { request } from './http';
import { createPlacementTest, deletePlacementTest, getPlacementTest, listPlacementTests } from './placement-tests/requests';
import { placementTestSchema } from '../../core/contract/placement-tests';

let api: ReturnType<typeof startEmulatorApi>;
beforeEach(() => {
  api = startEmulatorApi();
});
afterEach(() => api.close());

const body = {
  name: 'Client layer test',
  type: 1 as const,
  sending_method: 1 as const,
  email_subject: 'Hello',
  email_body: 'Hi there',
  emails: ['alex@acme-outbound.com'],
  recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
};

describe('request()', () => {
  it('parses a list page with the contract and builds the query string', async () => {
    const page = await listPlacementTests({ limit: 5, status: 1, search: undefined });
    expect(page.items.length).toBeLessThanOrEqual(5);
    expect(page.items.every((t) => t.status === 1)).toBe(true);
    expect(api.requests.at(-1)!.url).toBe('http://127.0.0.1/api/v2/inbox-placement-tests?limit=5&status=1');
  });

  it('sends JSON only with a body: POST has Content-Type, GET and DELETE have none', async () => {
    const created = await createPlacementTest(body);
    const deleted = await deletePlacementTest(created.id);
    expect(deleted.id).toBe(created.id);
    const [post, del] = api.requests.slice(-2);
    expect(post!.headers.get('content-type')).toBe('application/json');
    expect(del!.method).toBe('DELETE');
    expect(del!.headers.get('content-type')).toBeNull();
  });

  it("throws an ApiError carrying Instantly's error body for an unknown id", async () => {
    const error = await getPlacementTest('0199aaaa-0000-7000-8000-000000000000').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found' } });
  });

  it('names the field of a 400 in the message shown to the user', async () => {
    const error = await createPlacementTest({ ...body, email_subject: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(getErrorMessage(error)).toMatch(/email_subject/);
  });

  it('reads Retry-After from a 429', async () => {
    await api.control('faults', { rateLimitRate: 1, retryAfterSeconds: 3 });
    const error = await listPlacementTests({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3000 });
    expect(getErrorMessage(error)).toMatch(/rate limiting/);
  });

  it('reports a response that breaks the contract as an ApiSchemaError naming the endpoint', async () => {
    const error = await request('/inbox-placement-tests', placementTestSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiSchemaError);
    expect((error as ApiSchemaError).endpoint).toBe('GET /api/v2/inbox-placement-tests');
  });
});

describe('errors', () => {
  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it.each([
    [401, /API key was rejected/],
    [402, /no Inbox Placement plan/],
    [403, /lacks the scope/],
    [429, /rate limiting/],
    [503, /Instantly had a problem \(503/],
  ])('explains a %i in plain words', (status, message) => {
    expect(getErrorMessage(new ApiError(status, { statusCode: status, error: 'x', message: 'Forbidden' }, 'GET /x'))).toMatch(message);
  });
});
