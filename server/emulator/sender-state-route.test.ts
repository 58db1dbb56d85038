import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from './create-emulator';
import { call, createBody, testEmulator } from '../../testing/emulator/test-kit';

/** `not_sending_status` follows the senders: computed by the emulator, never taken from the body. */
let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

const SENDER = 'sam@acme-outbound.com';
const getTest = async (id: string) => (await call(emulator!, 'GET', `/api/v2/inbox-placement-tests/${id}`)).body;
const setSender = (state: Record<string, unknown>) => call(emulator!, 'POST', '/__emulator/accounts', { body: { email: SENDER, ...state } });

describe('not_sending_status', () => {
  it('ignores the create body, flags a test whose only sender hits its limit, and clears on recovery or pause', async () => {
    emulator = testEmulator({ seed: false });
    await setSender({ status: 1 });
    const created = await call(emulator, 'POST', '/api/v2/inbox-placement-tests', {
      body: createBody({ emails: [SENDER], not_sending_status: 'other' }),
    });
    expect(created.status).toBe(200);
    expect(created.body).not.toHaveProperty('not_sending_status');
    const id = created.body.id as string;

    expect((await setSender({ dailyLimitReached: true })).body).toEqual({ changed: 1 });
    expect(await getTest(id)).toMatchObject({ not_sending_status: 'daily_limits_hit' });
    const listed = await call(emulator, 'GET', '/api/v2/inbox-placement-tests');
    expect(listed.body.items[0]).toMatchObject({ id, not_sending_status: 'daily_limits_hit' });

    await setSender({ dailyLimitReached: false, status: -1 });
    expect(await getTest(id)).toMatchObject({ not_sending_status: 'other' });

    await call(emulator, 'PATCH', `/api/v2/inbox-placement-tests/${id}`, { body: { status: 2 } });
    expect(await getTest(id)).not.toHaveProperty('not_sending_status');
    await call(emulator, 'PATCH', `/api/v2/inbox-placement-tests/${id}`, { body: { status: 1 } });
    expect(await getTest(id)).toMatchObject({ not_sending_status: 'other' });

    await setSender({ status: 1 });
    expect(await getTest(id)).not.toHaveProperty('not_sending_status');
  });

  it("shows the demo's active Northwind tests, and only those, as not sending: every Northwind sender is stopped today", async () => {
    emulator = testEmulator();
    const { items } = (await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100')).body as {
      items: { name: string; not_sending_status?: string }[];
    };
    const flagged = items.filter((t) => t.not_sending_status).map((t) => `${t.name}: ${t.not_sending_status}`);
    expect(flagged.sort()).toEqual([
      'Agency client: Northwind — weekly: daily_limits_hit',
      'Blacklist watch — Northwind: daily_limits_hit',
      'Northwind domain recovery — daily: daily_limits_hit',
    ]);
  });
});
