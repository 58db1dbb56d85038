import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from './create-emulator';
import { AUTOMATED_SCHEDULE, call, createBody, testEmulator } from '../../testing/emulator/test-kit';

/** Tests sent from outside Instantly get results only from mail carrying their code (ADR 016). */
const T = '/api/v2/inbox-placement-tests';
const HOUR = 3_600_000;
let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

async function outsideTest(overrides: Record<string, unknown> = {}) {
  const res = await call(emulator!, 'POST', T, {
    body: createBody({ sending_method: 2, emails: ['news@mail.acme-outbound.com'], ...overrides }),
  });
  expect(res.status, res.text).toBe(200);
  return res.body as { id: string; test_code: string };
}
const records = async (id: string) =>
  (await call(emulator!, 'GET', `/api/v2/inbox-placement-analytics?test_id=${id}&limit=100`)).body.items as {
    record_type: number;
    sender_email: string;
  }[];
const advance = (ms: number) => call(emulator!, 'POST', '/__emulator/clock', { body: { advanceMs: ms } });

describe('outside sending', () => {
  it('a one-time test waits, Active, until its mail is sent; then results arrive and it completes', async () => {
    emulator = testEmulator({ seed: false });
    const { id, test_code } = await outsideTest();
    await advance(24 * HOUR);
    expect(await records(id)).toEqual([]);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body.status).toBe(1);

    const sent = await call(emulator, 'POST', '/__emulator/outside-mail', {
      body: { test_code, from: 'Relay@Mail.Acme-Outbound.com' },
    });
    expect(sent.body).toEqual({ test_id: id, from: 'relay@mail.acme-outbound.com' });
    const first = await records(id);
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first.map((r) => r.sender_email))).toEqual(new Set(['relay@mail.acme-outbound.com']));

    await advance(4 * HOUR);
    expect((await records(id)).some((r) => r.record_type === 2)).toBe(true);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body.status).toBe(3);
  });

  it('an automated outside test gets no made-up runs on its schedule', async () => {
    emulator = testEmulator({ seed: false });
    const { id } = await outsideTest({ type: 2, schedule: AUTOMATED_SCHEDULE });
    await advance(15 * 24 * HOUR);
    expect(await records(id)).toEqual([]);
  });

  it('mail with an unknown code, or a code of a test sent from Instantly, is refused with 404', async () => {
    emulator = testEmulator({ seed: false });
    const res = await call(emulator, 'POST', '/__emulator/outside-mail', { body: { test_code: 'ptid_nope', from: 'a@b.com' } });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('No active test sent from outside Instantly has the code ptid_nope');
  });
});
