import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlacementTest } from '../../core/contract/placement-tests';
import { nextRun } from '../../core/rules/schedule';
import type { Emulator } from './create-emulator';
import { AUTOMATED_SCHEDULE, call, createBody, FIXED_NOW, testEmulator } from '../../testing/emulator/test-kit';
import { isUuidV7, uuidV7Time } from './store/uuidv7';

const T = '/api/v2/inbox-placement-tests';
let emulator: Emulator;
beforeEach(() => {
  emulator = testEmulator();
});
afterEach(() => emulator.close());

const create = async (overrides: Record<string, unknown> = {}) => {
  const res = await call(emulator, 'POST', T, { body: createBody(overrides) });
  expect(res.status, res.text).toBe(200);
  return res.body;
};
describe('create fills the server fields', () => {
  it('id is a UUIDv7 at the emulator clock, ids increase in creation order, organization fixed', async () => {
    const first = await create();
    const second = await create();
    expect(isUuidV7(first.id)).toBe(true);
    expect(uuidV7Time(first.id)).toBe(FIXED_NOW.getTime());
    expect(second.id > first.id).toBe(true);
    expect(first.organization_id).toBe(emulator.store.organizationId);
    expect(second.organization_id).toBe(first.organization_id);
    expect(first.timestamp_created).toBe(FIXED_NOW.toISOString());
    const list = (await call(emulator, 'GET', `${T}?limit=2`)).body.items;
    expect(list.map((t: PlacementTest) => t.id)).toEqual([second.id, first.id]);
  });

  it('status is Active unless the body pauses it; description, tags and campaign are kept', async () => {
    const tag = (await call(emulator, 'GET', '/api/v2/custom-tags?limit=1')).body.items[0].id;
    const campaign = (await call(emulator, 'GET', '/api/v2/campaigns?limit=1')).body.items[0].id;
    expect((await create()).status).toBe(1);
    expect((await create({ status: 2 })).status).toBe(2);
    const test = await create({
      description: 'Before the Q3 send',
      tags: [tag],
      campaign_id: campaign,
      run_immediately: true,
    });
    expect(test).toMatchObject({ description: 'Before the Q3 send', tags: [tag], campaign_id: campaign });
    expect(test).not.toHaveProperty('run_immediately');
    expect(test).not.toHaveProperty('not_sending_status');
  });

  it('recipients are the seed inboxes of the chosen labels, the same every time', async () => {
    const labels = [
      { region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' },
      { region: 'Europe', sub_region: 'DE', type: 'Personal', esp: 'Web.de' },
    ];
    const a = await create({ recipients_labels: labels });
    const b = await create({ recipients_labels: labels });
    expect(a.recipients).toEqual(b.recipients);
    expect(a.recipients).toContain('ip-seed-g-pro-us-3@ipseeds-workspace.com');
    expect(a.recipients).toContain('ip-seed-w-per-de-1@web.de');
    expect(a.recipients).toHaveLength(10);
    expect(a.recipients_labels).toEqual(labels);
    expect((await create({ recipients_labels: [] })).recipients).toEqual([]);
  });

  it('test_code: generated for outside-Instantly tests, prefixed when given bare, null from Instantly', async () => {
    expect((await create({ sending_method: 2 })).test_code).toMatch(/^ptid_[A-Za-z0-9_-]{21}$/);
    expect((await create({ sending_method: 2, test_code: '  ' })).test_code).toMatch(
      /^ptid_[A-Za-z0-9_-]{21}$/,
    );
    expect((await create({ sending_method: 2, test_code: 'acme-q3' })).test_code).toBe('ptid_acme-q3');
    expect((await create({ sending_method: 2, test_code: 'ptid_acme-q3' })).test_code).toBe('ptid_acme-q3');
    expect((await create({ sending_method: 1 })).test_code).toBeNull();
    expect((await create({ sending_method: 1, test_code: 'mine' })).test_code).toBe('ptid_mine');
    const a = await create({ sending_method: 2 });
    const b = await create({ sending_method: 2 });
    expect(a.test_code).not.toBe(b.test_code);
  });

  it('timestamp_next_run: the schedule’s next run for active automated tests, else null', async () => {
    const automated = await create({ type: 2, schedule: AUTOMATED_SCHEDULE });
    // Wed 2026-11-18 15:30Z is after Wednesday 09:00 in Chicago (15:00Z), so Monday is next.
    expect(automated.timestamp_next_run).toBe('2026-11-23T15:00:00.000Z');
    expect(automated.timestamp_next_run).toBe(nextRun(AUTOMATED_SCHEDULE, FIXED_NOW)?.toISOString());
    expect(
      (await create({ type: 2, schedule: AUTOMATED_SCHEDULE, status: 2 })).timestamp_next_run,
    ).toBeNull();
    expect((await create({ type: 1, schedule: AUTOMATED_SCHEDULE })).timestamp_next_run).toBeNull();
    expect(
      (
        await create({
          type: 2,
          schedule: AUTOMATED_SCHEDULE,
          timestamp_next_run: '2030-01-01T00:00:00.000Z',
        })
      ).timestamp_next_run,
    ).toBe('2026-11-23T15:00:00.000Z');
  });

  it('a next run that has passed rolls forward when the emulator clock moves', async () => {
    const { id } = await create({ type: 2, schedule: AUTOMATED_SCHEDULE });
    await call(emulator, 'POST', '/__emulator/clock', { body: { set: '2026-11-23T16:00:00.000Z' } });
    expect((await call(emulator, 'GET', `${T}/${id}`)).body.timestamp_next_run).toBe(
      '2026-11-25T15:00:00.000Z',
    );
  });
});
