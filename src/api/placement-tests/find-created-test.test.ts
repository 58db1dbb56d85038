import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulatorApi } from '../../../testing/components/emulator-fetch';
import { ApiError, ApiSchemaError, NetworkError } from '../errors';
import { CLOCK_SKEW_MS, findCreatedTest, mayHaveBeenApplied } from './find-created-test';
import type { CreatePlacementTestBody } from '../../../core/contract/placement-test-requests';
import { createPlacementTest, listPlacementTests } from './requests';

let api: ReturnType<typeof startEmulatorApi>;
const create = (overrides: Partial<CreatePlacementTestBody>) => createPlacementTest({ ...body, ...overrides });
/** Ids as the lookup reads them: a search by name, newest first. */
const listIds = async () =>
  (await listPlacementTests({ search: body.name, limit: 100, sort_order: 'desc' })).items.map((t) => t.id);

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
  beforeEach(async () => {
    api = startEmulatorApi();
    await api.control('reset', { seed: false });
  });
  afterEach(() => api.close());

  // The lookup reads the newest first, so every look-alike below is made AFTER the real one: each
  // differs in one field only, and would be taken if that field were not compared.
  it.each([
    ['a longer name that the search also matches', { name: 'Weekly Gmail check (copy)' }],
    ['another type', { type: 2 as const, schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' } }],
    ['another subject', { email_subject: 'Another subject' }],
    ['other senders', { emails: ['alex@acme-outbound.com'] }],
  ] satisfies [string, Partial<CreatePlacementTestBody>][])(
    'finds the test made by the click, not a newer look-alike with %s',
    async (_, lookAlike) => {
      // Senders compare without case or order.
      const made = await create({ emails: ['alex@acme-outbound.com', 'jane@acme-outbound.com'] });
      const decoy = await create(lookAlike);
      expect((await listIds()).slice(0, 2)).toEqual([decoy.id, made.id]);
      expect((await findCreatedTest(body, new Date()))?.id).toBe(made.id);
    },
  );

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
