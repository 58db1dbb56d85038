import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from '../testing/server/spawn-server';

/**
 * Kill -9 the real server while creates are in flight, start it again on the same SQLite file,
 * and check that every create the server acknowledged (answered 200) is still there.
 */
let child: ChildProcess | undefined;
afterEach(() => child?.kill('SIGKILL'));

async function startServer(dbFile: string) {
  const started = await spawnServer({ EMULATOR_DB: dbFile });
  child = started.process;
  return started;
}

const body = (i: number) =>
  JSON.stringify({
    name: `Durable ${i}`,
    type: 1,
    sending_method: 1,
    email_subject: 'Hi',
    email_body: 'Body',
    emails: ['alex@acme-outbound.com'],
    recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
  });

describe('durability', () => {
  it('keeps every acknowledged create after the server is killed mid-stream', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'durable-')), 'emulator.sqlite');
    const first = await startServer(dbFile);
    const acknowledged: string[] = [];
    let failed = 0;
    let onAcknowledged = () => {};
    const create = (i: number) =>
      fetch(`${first.url}/api/v2/inbox-placement-tests`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body(i) })
        .then(async (res) => {
          if (res.ok) acknowledged.push(((await res.json()) as { id: string }).id);
          onAcknowledged();
        })
        .catch(() => {
          failed += 1;
        });
    // Waves of 20 concurrent creates, then a last wave of 200, killed as soon as the server has
    // acknowledged one of them: the kill lands mid-stream, with creates answered and in flight.
    for (let wave = 0; wave < 3; wave++) await Promise.all(Array.from({ length: 20 }, (_, i) => create(wave * 20 + i)));
    const before = acknowledged.length;
    const firstOfLastWave = new Promise<void>((resolve) => (onAcknowledged = resolve));
    const lastWave = Array.from({ length: 200 }, (_, i) => create(100 + i));
    await firstOfLastWave;
    first.process.kill('SIGKILL');
    await Promise.all(lastWave);
    expect(before).toBe(60);
    expect(acknowledged.length - before, 'creates of the last wave acknowledged before the kill').toBeGreaterThan(0);
    expect(failed, 'creates of the last wave still in flight when the server died').toBeGreaterThan(0);

    const second = await startServer(dbFile);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await fetch(`${second.url}/api/v2/inbox-placement-tests/${id}`);
      if (res.status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
