import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from './create-emulator';
import { createWebhookPoster } from '../outbound-webhook';
import { AUTOMATED_SCHEDULE, call, createBody, testEmulator } from '../../testing/emulator/test-kit';

/** Automation rules act once a run's results are final, and each firing is recorded (ADR 017). */
const T = '/api/v2/inbox-placement-tests';
const HOUR = 3_600_000;
let emulator: Emulator | undefined;
let receiver: Server | undefined;
afterEach(async () => {
  emulator?.close();
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(null)));
  receiver = undefined;
});

/** A loopback webhook receiver answering `statuses` in turn; returns the bodies it got. */
async function webhookReceiver(statuses: number[]) {
  const bodies: unknown[] = [];
  receiver = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(text));
      res.statusCode = statuses[bodies.length - 1] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, bodies };
}

const loopbackEmulator = () =>
  testEmulator({
    postWebhook: createWebhookPoster({ allowPrivate: true, timeoutMs: 2_000 }),
    webhookRetryDelaysMs: [10, 20],
  });
const advance = (ms: number) => call(emulator!, 'POST', '/__emulator/clock', { body: { advanceMs: ms } });
const firings = async (id: string) =>
  (await call(emulator!, 'GET', `/emulator/automation-firings?test_id=${id}`)).body.items;
const tagId = async (label: string) =>
  (
    (await call(emulator!, 'GET', '/api/v2/custom-tags?limit=100')).body.items as {
      id: string;
      label: string;
    }[]
  ).find((t) => t.label === label)!.id;

describe('automation rules', () => {
  it('wait for the run to be final, then pause the test, tag the senders, switch slow ramp and call the webhook', async () => {
    emulator = loopbackEmulator();
    const hook = await webhookReceiver([200]);
    const warm = await tagId('Acme — warmup pool');
    const created = await call(emulator, 'POST', T, {
      body: createBody({
        type: 2,
        schedule: AUTOMATED_SCHEDULE,
        run_immediately: true,
        automations: [
          {
            when: { condition: 'placement_goes_above', condition_value: 0 },
            then: { pause: true, add_tags: [warm], enable_slow_ramp: true, webhook_url: hook.url },
          },
          { when: { condition: 'placement_goes_below', condition_value: 0 }, then: { pause: true } },
        ],
      }),
    });
    const id = created.body.id as string;
    expect(await firings(id)).toEqual([]);

    await advance(4 * HOUR);
    const [firing, ...others] = await firings(id);
    expect(others).toEqual([]);
    expect(firing).toMatchObject({
      test_id: id,
      run_number: 1,
      rule_index: 0,
      condition: 'placement_goes_above',
      threshold: 0,
      actions: [
        { action: 'pause', result: 'paused the test' },
        { action: 'enable_slow_ramp', result: 'turned slow ramp on for 1 account' },
        { action: 'add_tags', result: 'added “Acme — warmup pool” to 1 account' },
        { action: 'webhook_url', result: `called ${hook.url}` },
      ],
    });
    expect(firing.measure).toMatch(/^inbox [\d.]+% > 0%$/);
    expect((await call(emulator, 'GET', `${T}/${id}`)).body.status).toBe(2);
    const tagged = await call(emulator, 'GET', `/api/v2/accounts?tag_ids=${warm}&limit=100`);
    expect(tagged.body.items.map((a: { email: string }) => a.email)).toContain(
      'jane.cooper@acme-outbound.com',
    );
    const account = tagged.body.items.find(
      (a: { email: string }) => a.email === 'jane.cooper@acme-outbound.com',
    );
    expect(account.enable_slow_ramp).toBe(true);

    await emulator.scheduler.settled();
    expect(hook.bodies).toEqual([
      expect.objectContaining({
        event: 'inbox_placement_automation',
        test: false,
        placement_test: { id, name: 'Emulator test' },
        run: expect.objectContaining({ number: 1 }),
        measured: expect.objectContaining({ threshold: 0, text: firing.measure }),
        actions: ['pause', 'enable_slow_ramp', 'add_tags', 'webhook_url'],
      }),
    ]);
    expect((await firings(id))[0].webhook).toMatchObject({
      url: hook.url,
      state: 'delivered',
      attempts: 1,
      status: 200,
    });
  });

  it('retry a failing webhook a bounded number of times, and say it failed', async () => {
    emulator = loopbackEmulator();
    const hook = await webhookReceiver([500, 503, 502, 200]);
    const created = await call(emulator, 'POST', T, {
      body: createBody({
        automations: [
          {
            when: { condition: 'placement_goes_above', condition_value: 0 },
            then: { webhook_url: hook.url },
          },
        ],
      }),
    });
    await advance(4 * HOUR);
    await emulator.scheduler.settled();
    expect(hook.bodies).toHaveLength(3);
    expect((await firings(created.body.id))[0].webhook).toMatchObject({
      state: 'failed',
      attempts: 3,
      status: 502,
    });
  });

  it('refuse a private webhook address unless allowed, without holding up the run', async () => {
    emulator = testEmulator({ postWebhook: createWebhookPoster({ allowPrivate: false }) });
    const created = await call(emulator, 'POST', T, {
      body: createBody({
        automations: [
          {
            when: { condition: 'placement_goes_above', condition_value: 0 },
            then: { webhook_url: 'http://127.0.0.1:9/x' },
          },
        ],
      }),
    });
    await advance(4 * HOUR);
    await emulator.scheduler.settled();
    const [firing] = await firings(created.body.id);
    expect(firing.webhook).toMatchObject({ state: 'failed', attempts: 1 });
    expect(firing.webhook.error).toMatch(/private or local address/);
    expect((await call(emulator, 'GET', `${T}/${created.body.id}`)).body.status).toBe(3);
  });

  it("fire nothing while the run's results are still arriving", async () => {
    emulator = loopbackEmulator();
    const created = await call(emulator, 'POST', T, {
      body: createBody({
        type: 2,
        schedule: AUTOMATED_SCHEDULE,
        run_immediately: true,
        automations: [
          { when: { condition: 'placement_goes_above', condition_value: 0 }, then: { pause: true } },
        ],
      }),
    });
    await advance(HOUR / 2);
    expect(await firings(created.body.id)).toEqual([]);
    expect((await call(emulator, 'GET', `${T}/${created.body.id}`)).body.status).toBe(1);
  });
});
