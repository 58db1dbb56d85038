import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './create-emulator';
import { call, createBody, testEmulator } from '../../testing/emulator/test-kit';

/** Issue 14, item 10: inputs that slipped past the emulator's checks or had no bound. */
let emulator: Emulator;
beforeEach(() => {
  emulator = testEmulator();
});
afterEach(() => emulator.close());

const knownTag = async () => (await call(emulator, 'GET', '/api/v2/custom-tags?limit=1')).body.items[0].id as string;

describe('tags on create', () => {
  it('an empty string is an unknown tag, not a skipped one, and nothing is stored', async () => {
    const before = emulator.store.snapshotHash();
    const res = await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody({ tags: ['', 'nope'] }) });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Custom tag not found: ' });
    expect(emulator.store.snapshotHash()).toBe(before);
  });

  it.each([
    ['100,000 empty tags', () => Array<string>(100_000).fill('')],
    ['20,000 copies of a known tag', async () => Array<string>(20_000).fill(await knownTag())],
  ])('%s are refused as duplicates', async (_, tags) => {
    const res = await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody({ tags: await tags() }) });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('body/tags must NOT have duplicate items (items ## 1 and 0 are identical)');
  });

  it('known, distinct tags are still kept', async () => {
    const tag = await knownTag();
    const res = await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody({ tags: [tag] }) });
    expect(res.status).toBe(200);
    expect(res.body.tags).toEqual([tag]);
  });
});

describe('the emulator clock', () => {
  it.each([{ advanceMs: 1e20 }, { advanceMs: -1e20 }, { advanceMs: 400 * 365 * 86_400_000 }, { set: '9999-01-01T00:00:00Z' }])(
    'refuses %j and keeps a working clock',
    async (body) => {
      const before = (await call(emulator, 'GET', '/__emulator/state')).body.now;
      const res = await call(emulator, 'POST', '/__emulator/clock', { body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect((await call(emulator, 'GET', '/__emulator/state')).body.now).toBe(before);
      expect((await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=1')).status).toBe(200);
    },
  );

  it('still moves a year ahead', async () => {
    const res = await call(emulator, 'POST', '/__emulator/clock', { body: { advanceMs: 365 * 86_400_000 } });
    expect(res.status).toBe(200);
  });
});

describe('control route bodies', () => {
  it('a 100 MB chunked body is refused once its first MiB is in, not buffered whole', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 100 * 1024 * 1024) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await emulator.app.fetch(
      new Request('http://emulator.test/__emulator/inject', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1024 * 1024 + 2 * chunk.length);
  });
});
