import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../core/contract/accounts';
import type { CustomTag } from '../../core/contract/custom-tags';
import type { PlacementTest } from '../../core/contract/placement-tests';
import type { Emulator } from './create-emulator';
import { AUTOMATED_SCHEDULE, call, createBody, FIXED_NOW, testEmulator } from '../../testing/emulator/test-kit';

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
const patch = (id: string, body: unknown) => call(emulator, 'PATCH', `${T}/${id}`, { body });
async function seeded(predicate: (t: PlacementTest) => boolean): Promise<PlacementTest> {
  const found = ((await call(emulator, 'GET', `${T}?limit=100`)).body.items as PlacementTest[]).find(
    predicate,
  );
  if (!found) throw new Error('no such seeded test');
  return found;
}

describe('PATCH', () => {
  it('pauses and resumes: the next run is nulled and recomputed', async () => {
    const { id } = await create({ type: 2, schedule: AUTOMATED_SCHEDULE });
    const paused = await patch(id, { status: 2 });
    expect(paused.body).toMatchObject({ id, status: 2, timestamp_next_run: null });
    const resumed = await patch(id, { status: 1 });
    expect(resumed.body).toMatchObject({ status: 1, timestamp_next_run: '2026-11-23T15:00:00.000Z' });
    expect((await call(emulator, 'GET', `${T}/${id}`)).body).toEqual(resumed.body);
  });

  it('completing is allowed and final: a completed test cannot be resumed or paused', async () => {
    const { id } = await create({ type: 2, schedule: AUTOMATED_SCHEDULE });
    expect((await patch(id, { status: 3 })).body).toMatchObject({ status: 3, timestamp_next_run: null });
    const resume = await patch(id, { status: 1 });
    expect(resume.status).toBe(400);
    expect(resume.body.message).toBe('A completed test cannot be resumed');
    expect((await patch(id, { status: 2 })).status).toBe(400);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body.status).toBe(3);
    expect((await patch(id, { name: 'Renamed after completion' })).body).toMatchObject({
      name: 'Renamed after completion',
      status: 3,
    });
  });

  it('schedule is replaced whole and the next run follows it', async () => {
    const { id } = await create({ type: 2, schedule: AUTOMATED_SCHEDULE });
    const schedule = { days: { '5': true }, timing: { from: '07:30' }, timezone: 'Europe/Belgrade' };
    const res = await patch(id, { schedule });
    expect(res.body.schedule).toEqual(schedule);
    // Friday 2026-11-20 07:30 in Belgrade (UTC+1).
    expect(res.body.timestamp_next_run).toBe('2026-11-20T06:30:00.000Z');
  });

  it('name, description and automations change; immutable fields stay', async () => {
    const test = await create();
    const automations = [
      {
        when: { condition: 'placement_goes_below', condition_value: 75 },
        then: { webhook_url: 'https://hooks.example.com/x' },
      },
    ];
    const res = await patch(test.id, { name: 'New name', description: 'Why', automations });
    expect(res.body).toEqual({ ...test, name: 'New name', description: 'Why', automations });
    expect((await patch(test.id, { automations: null })).body.automations).toBeNull();
  });
});

describe('DELETE', () => {
  it('returns the deleted test and removes it with its analytics and reports', async () => {
    const test = await seeded((t) => t.name.startsWith('Weekly Gmail check'));
    const row = (await call(emulator, 'GET', `/api/v2/inbox-placement-analytics?test_id=${test.id}&limit=1`))
      .body.items[0];
    const report = (await call(emulator, 'GET', `/api/v2/inbox-placement-reports?test_id=${test.id}&limit=1`))
      .body.items[0];
    const res = await call(emulator, 'DELETE', `${T}/${test.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(test);
    expect((await call(emulator, 'GET', `${T}/${test.id}`)).status).toBe(404);
    expect((await call(emulator, 'GET', `/api/v2/inbox-placement-analytics/${row.id}`)).status).toBe(404);
    expect((await call(emulator, 'GET', `/api/v2/inbox-placement-reports/${report.id}`)).status).toBe(404);
    expect((await call(emulator, 'DELETE', `${T}/${test.id}`)).status).toBe(404);
  });

  it('works without a body and without a content type', async () => {
    const { id } = await create();
    const res = await emulator.app.fetch(
      new Request(`http://emulator.test${T}/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${emulator.serverKey}` },
      }),
    );
    expect(res.status).toBe(200);
  });
});

describe('GET one', () => {
  it('with_metadata=true adds the campaign and a tag map; without it there is no metadata', async () => {
    const tags = (await call(emulator, 'GET', '/api/v2/custom-tags?limit=2')).body.items;
    const campaign = (await call(emulator, 'GET', '/api/v2/campaigns?limit=1')).body.items[0];
    const test = await create({ campaign_id: campaign.id, tags: tags.map((t: CustomTag) => t.id) });
    const plain = await call(emulator, 'GET', `${T}/${test.id}`);
    expect(plain.body).not.toHaveProperty('metadata');
    expect((await call(emulator, 'GET', `${T}/${test.id}?with_metadata=false`)).body).not.toHaveProperty(
      'metadata',
    );
    const rich = await call(emulator, 'GET', `${T}/${test.id}?with_metadata=true`);
    expect(rich.body.metadata).toEqual({
      campaign: { id: campaign.id, name: campaign.name },
      tags: Object.fromEntries(tags.map((t: CustomTag) => [t.id, { id: t.id, label: t.label }])),
    });
    const bare = await create();
    expect((await call(emulator, 'GET', `${T}/${bare.id}?with_metadata=1`)).body.metadata).toEqual({
      tags: {},
    });
  });
});

describe('ESP options and demo data', () => {
  it('lists the US and European options with string labels', async () => {
    const options = (await call(emulator, 'GET', `${T}/email-service-provider-options`)).body;
    expect(options).toContainEqual({
      region: 'North America',
      sub_region: 'US',
      type: 'Personal',
      esp: 'Outlook',
    });
    expect(options).toContainEqual({ region: 'Europe', sub_region: 'DE', type: 'Personal', esp: 'Web.de' });
    expect(options).toContainEqual({ region: 'Europe', sub_region: 'IT', type: 'Personal', esp: 'Libero' });
    expect(options).toContainEqual({ region: 'Europe', sub_region: 'FR', type: 'Personal', esp: 'Outlook' });
    expect(options).toHaveLength(11);
  });

  it('seeds ~30 tests covering every status, both types, not-sending states and several timezones', async () => {
    const items = (await call(emulator, 'GET', `${T}?limit=100`)).body.items as PlacementTest[];
    expect(items.length).toBe(30);
    expect(new Set(items.map((t) => t.status))).toEqual(new Set([1, 2, 3]));
    expect(new Set(items.map((t) => t.type))).toEqual(new Set([1, 2]));
    expect(items.filter((t) => t.not_sending_status).length).toBeGreaterThanOrEqual(3);
    expect(new Set(items.map((t) => t.schedule?.timezone).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    expect(
      items
        .filter((t) => t.type === 2 && t.status === 1)
        .every((t) => Date.parse(t.timestamp_next_run ?? '') > FIXED_NOW.getTime()),
    ).toBe(true);
    const accounts = (await call(emulator, 'GET', '/api/v2/accounts?limit=100')).body.items as Account[];
    expect(accounts).toHaveLength(12);
    expect(new Set(accounts.map((a) => a.email.split('@')[1])).size).toBe(4);
    expect(accounts.filter((a) => a.status !== 1).length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic for a given clock', async () => {
    const other = testEmulator();
    const strip = (items: PlacementTest[]) => items.map(({ organization_id: _org, ...rest }) => rest);
    const a = (await call(emulator, 'GET', `${T}?limit=100`)).body.items;
    const b = (await call(other, 'GET', `${T}?limit=100`)).body.items;
    other.close();
    expect(strip(b)).toEqual(strip(a));
  });
});
