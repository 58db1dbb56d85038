import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_REQUESTS, ids } from '../../testing/emulator/bad-request-corpus';
import type { Emulator } from './create-emulator';
import { REASON_PHRASES } from './http-errors';
import { call, testEmulator } from '../../testing/emulator/test-kit';

/**
 * Every request of the corpus is refused with a 4xx in Instantly's error shape and a message
 * naming the problem, and after the whole corpus the store is row-for-row unchanged.
 */
let emulator: Emulator;
let before = '';
beforeAll(async () => {
  emulator = testEmulator({ keys: [{ key: 'read-only', scopes: ['all:read'] }] });
  const page = await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100');
  const items = page.body.items as { id: string; status: number; type: number }[];
  ids.active = items.find((t) => t.status === 1)?.id ?? '';
  ids.completed = items.find((t) => t.status === 3)?.id ?? '';
  ids.automated = items.find((t) => t.status === 1 && t.type === 2)?.id ?? '';
  before = emulator.store.snapshotHash();
});
afterAll(() => emulator.close());

describe('bad-request corpus', () => {
  it('has at least 100 entries', () => expect(BAD_REQUESTS.length).toBeGreaterThanOrEqual(100));

  const cases = BAD_REQUESTS.map(([label, method, path, opts, status, message]) => ({
    label,
    method,
    path,
    opts,
    status,
    message,
  }));
  it.each(cases)('$method $label → $status', async ({ method, path, opts, status, message }) => {
    const res = await call(emulator, method, typeof path === 'function' ? path() : path, opts);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      statusCode: status,
      error: REASON_PHRASES[status],
      message: expect.stringMatching(message),
    });
    expect(res.status).toBe(status);
  });

  it('changed nothing in the store', () => {
    expect(emulator.store.snapshotHash()).toBe(before);
  });
});
