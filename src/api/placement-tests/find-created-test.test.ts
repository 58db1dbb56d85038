import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulatorApi } from '../../../testing/components/emulator-fetch';
import { ApiError, ApiSchemaError, NetworkError } from '../errors';
import { CLOCK_SKEW_MS, findCreatedTest, mayHaveBeenApplied } from './find-created-test';
import type { CreatePlacementTestBody } from '../../../core/contract/placement-test-requests';
import { createPlacementTest } from './requests';

let api: ReturnType<typeof startEmulatorApi>;
beforeEach(async () => {
  api = startEmulatorApi();
  await api.control('reset', { seed: false });
});
afterEach(() => api.close());
const create = (overrides: Partial<CreatePlacementTestBody>) => createPlacementTest({ ...body, ...overrides });

const body = {
  name: 'Weekly Gmail check',
  type: 1 as const,
  sending_method: 1 as const,
  email_subject: 'Quarterly check-in',
  email_body: '<p>Hi there</p>',
  emails: ['Jane@acme-outbound.com', 'alex@acme-outbound.com'],
  recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
} satisfies CreatePlacementTestBody;

describe('mayHaveBeenApplied', () => {
  it.each([
    [new NetworkError(new TypeError('Failed to fetch')), true],
    [new ApiError(500, null, 'POST /x'), true],
    [new ApiError(504, null, 'POST /x'), true],
    [new ApiError(408, null, 'POST /x'), true],
    [new ApiSchemaError('POST /x', ['id: expected string']), true],
    [new ApiError(400, null, 'POST /x'), false],
    [new ApiError(429, null, 'POST /x'), false],
    [new ApiError(402, null, 'POST /x'), false],
    [new Error('bug'), false],
  ])('%s → %s', (error, expected) => {
    expect(mayHaveBeenApplied(error)).toBe(expected);
  });
});

describe('findCreatedTest', () => {
  it('finds the test with the same name, type, subject and senders created since the click', async () => {
    await create({ name: 'Weekly Gmail check (copy)' });
    await create({ email_subject: 'Another subject' });
    const made = await create({ emails: ['alex@acme-outbound.com', 'jane@acme-outbound.com'] });
    expect((await findCreatedTest(body, new Date()))?.id).toBe(made.id);
  });

  it('ignores a look-alike made before the click (beyond the clock-skew margin) or with other senders', async () => {
    await create({ emails: ['alex@acme-outbound.com'] });
    expect(await findCreatedTest(body, new Date())).toBeNull();
    await create({});
    expect(await findCreatedTest(body, new Date(Date.now() + CLOCK_SKEW_MS + 60_000))).toBeNull();
    expect(await findCreatedTest(body, new Date(Date.now() + CLOCK_SKEW_MS - 60_000))).not.toBeNull();
  });

  it('a create by tags leaves the senders to the API, so they are not compared', async () => {
    const byTags = { ...body, emails: [], tags: ['warm'] };
    const made = await create({ emails: ['alex@acme-outbound.com'] });
    expect((await findCreatedTest(byTags, new Date()))?.id).toBe(made.id);
  });
});
