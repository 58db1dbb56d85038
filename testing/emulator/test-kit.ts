import { createEmulator, type Emulator, type EmulatorOptions } from '../../server/emulator/create-emulator';
import { seededRandom } from '../../server/emulator/random';

/**
 * Test helpers: an in-process emulator and a small `call()` that speaks HTTP to `app.fetch`,
 * the same way the dashboard server does. Imported by `*.test.ts` only.
 */
export const FIXED_NOW = new Date('2026-11-18T15:30:00.000Z');

export function testEmulator(opts: Partial<EmulatorOptions> = {}): Emulator {
  return createEmulator({
    dbFile: ':memory:',
    serverKey: 'test-server-key',
    control: true,
    now: () => FIXED_NOW,
    // No real-time ticker: tests move the clock themselves, and leave no timer behind.
    tickMs: 0,
    // Seeded ids, so the runs seeded from them come out the same on every machine.
    random: seededRandom(20_261_118),
    ...opts,
  });
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is (for malformed JSON and the like). */
  raw?: string;
  key?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

// Tests read whatever the response holds; `any` keeps them as short as the API calls they make.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  emulator: Emulator,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<CallResult<T>> {
  const headers = new Headers(opts.headers);
  const key = opts.key === undefined ? emulator.serverKey : opts.key;
  if (key !== null && !headers.has('authorization')) headers.set('authorization', `Bearer ${key}`);
  let body: string | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const response = await emulator.app.fetch(
    new Request(`http://emulator.test${path}`, { method, headers, body }),
  );
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

/** A valid create body; override what a test cares about. */
export function createBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Emulator test',
    type: 1,
    sending_method: 1,
    email_subject: 'Subject',
    email_body: 'Body',
    emails: ['jane.cooper@acme-outbound.com'],
    recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
    ...overrides,
  };
}

export const AUTOMATED_SCHEDULE = {
  days: { '1': true, '3': true },
  timing: { from: '09:00' },
  timezone: 'America/Chicago',
};
