import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from './create-emulator';
import { call, createBody, testEmulator } from '../../testing/emulator/test-kit';

/** PATCH `description`: the seed document allows it, today's official schema refuses it (ADR 003). */
let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

async function created(patchRules: 'seed' | 'official') {
  emulator = testEmulator({ seed: false, patchRules });
  const { body } = await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody({ description: 'Before' }) });
  return body.id as string;
}

describe('PATCH rules', () => {
  it('by default follows the seed document: the description changes', async () => {
    const id = await created('seed');
    const res = await call(emulator!, 'PATCH', `/api/v2/inbox-placement-tests/${id}`, { body: { description: 'After' } });
    expect(res.status).toBe(200);
    expect(res.body.description).toBe('After');
  });

  it('as Instantly today, refuses description with a 400 naming it, and changes nothing', async () => {
    const id = await created('official');
    const res = await call(emulator!, 'PATCH', `/api/v2/inbox-placement-tests/${id}`, {
      body: { name: 'Renamed', description: 'After' },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("body must NOT have additional properties ('description')");
    const after = await call(emulator!, 'GET', `/api/v2/inbox-placement-tests/${id}`);
    expect(after.body).toMatchObject({ name: expect.not.stringMatching('Renamed'), description: 'Before' });
    const rename = await call(emulator!, 'PATCH', `/api/v2/inbox-placement-tests/${id}`, { body: { name: 'Renamed' } });
    expect(rename.body.name).toBe('Renamed');
  });
});
