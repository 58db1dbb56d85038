import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractOperations, validatorFor } from '../../testing/contract/contract-validator';
import { REASON_PHRASES } from './http-errors';
import { A, contractCases, ids, R, T } from '../../testing/contract/contract-cases';
import { call, createBody, testEmulator, type CallOptions } from '../../testing/emulator/test-kit';
import type { Emulator } from './create-emulator';

/**
 * Every operation of the (restored) official contract, called for real: a 200 and each error
 * status the emulator can give, each body validated against that operation's response schema.
 * Statuses the contract does not list are checked against the generic error shape.
 */
const operations = contractOperations();

let emulator: Emulator;
const NARROW = 'key-with-campaigns-read-only';
const OTHER = 'key-with-accounts-read-only';

beforeAll(async () => {
  emulator = testEmulator({
    keys: [
      { key: NARROW, scopes: ['campaigns:read'] },
      { key: OTHER, scopes: ['accounts:read'] },
    ],
  });
  const tests = (await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100')).body.items as {
    id: string;
    name: string;
    status: number;
  }[];
  ids.test = tests.find((t) => t.name.startsWith('Weekly Gmail check'))?.id ?? '';
  ids.completedTest = tests.find((t) => t.status === 3)?.id ?? '';
  ids.analytics = (
    await call(emulator, 'GET', `/api/v2/inbox-placement-analytics?test_id=${ids.test}&limit=1`)
  ).body.items[0].id;
  ids.report = (
    await call(emulator, 'GET', `/api/v2/inbox-placement-reports?test_id=${ids.test}&limit=1`)
  ).body.items[0].id;
  ids.campaign = (await call(emulator, 'GET', '/api/v2/campaigns?limit=1')).body.items[0].id;
  ids.tag = (await call(emulator, 'GET', '/api/v2/custom-tags?limit=1')).body.items[0].id;
});
afterAll(() => emulator.close());
// No case leaves faults behind for the next, even one that failed half-way.
afterEach(() => call(emulator, 'DELETE', '/__emulator/faults'));

async function freshTest(): Promise<string> {
  return (await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody() })).body.id;
}

const { ok, bad } = contractCases(freshTest);

/** The method and concrete path each operation is called with for auth and fault cases. */
function concrete(operation: string): [string, string, CallOptions] {
  const [method, template] = operation.split(' ') as [string, string];
  const path = template
    .replace('/api/v2/inbox-placement-tests/{id}', `${T}/${ids.test}`)
    .replace(`${A}/{id}`, `${A}/${ids.analytics}`)
    .replace(`${R}/{id}`, `${R}/${ids.report}`);
  const query = path === A || path === R ? `?test_id=${ids.test}` : '';
  const body =
    method === 'POST'
      ? { body: path === T ? createBody() : { test_id: ids.test, test_ids: [ids.test] } }
      : method === 'PATCH'
        ? { body: { status: 2 } }
        : {};
  return [method, path + query, body];
}

async function check(
  operation: string,
  status: number,
  method: string,
  path: string,
  opts: CallOptions = {},
) {
  const res = await call(emulator, method, path, opts);
  expect(res.status, `${operation}: ${res.text}`).toBe(status);
  const validate = validatorFor(operation, status);
  expect(
    validate(res.body) ? [] : validate.errors,
    `${operation} ${status} body: ${res.text.slice(0, 400)}`,
  ).toEqual([]);
  if (status >= 400) expect(res.body).toMatchObject({ statusCode: status, error: REASON_PHRASES[status] });
}

describe('every contract operation against the emulator', () => {
  it.each(ok.map((c) => [c.operation, c.label, c] as const))(
    '%s → 200 (%s)',
    async (operation, _label, c) => {
      const [path, opts] = await c.request();
      await check(operation, 200, operation.split(' ')[0] as string, path, opts);
    },
  );

  it.each(bad.map((c) => [c.operation, c.status, c.label, c] as const))(
    '%s → %i (%s)',
    async (operation, status, _label, c) => {
      const [path, opts] = await c.request();
      await check(operation, status, operation.split(' ')[0] as string, path, opts);
    },
  );

  it.each(operations)(
    '%s → 401 without a key, 401 with an unknown key, 403 without scope',
    async (operation) => {
      const [method, path, opts] = concrete(operation);
      await check(operation, 401, method, path, { ...opts, key: null });
      await check(operation, 401, method, path, { ...opts, key: 'not-a-key' });
      await check(operation, 403, method, path, {
        ...opts,
        key: operation.endsWith('/campaigns') ? OTHER : NARROW,
      });
    },
  );

  it.each(operations)('%s → 429, 402 and 500 from injected faults', async (operation) => {
    const [method, path, opts] = concrete(operation);
    await call(emulator, 'POST', '/__emulator/faults', { body: { rateLimitRate: 1, retryAfterSeconds: 3 } });
    await check(operation, 429, method, path, opts);
    await call(emulator, 'POST', '/__emulator/faults', { body: { paymentRequiredRate: 1 } });
    await check(operation, 402, method, path, opts);
    await call(emulator, 'POST', '/__emulator/faults', { body: { errorRate: 1 } });
    await check(operation, 500, method, path, opts);
    await call(emulator, 'DELETE', '/__emulator/faults');
  });

  it('the validators are not vacuous: they reject bodies the contract forbids', async () => {
    const one = (await call(emulator, 'GET', `${T}/${ids.test}`)).body;
    const listValidator = validatorFor(`GET ${T}`, 200);
    expect(listValidator({ items: [one] })).toBe(true);
    expect(listValidator({ items: [{ ...one, unexpected: true }] })).toBe(false);
    expect(listValidator({ items: [{ ...one, status: 7 }] })).toBe(false);
    expect(listValidator({ items: [one], next_starting_after: 5 })).toBe(false);
    expect(validatorFor(`GET ${T}`, 401)({ statusCode: 400, error: 'Unauthorized', message: 'x' })).toBe(
      false,
    );
  });

  // What the cases above cover, read from the cases themselves: it holds whichever of them runs,
  // alone or in any order (each case asserts its own status when it runs).
  it('covers every operation of the contract with a 200 and every error status it can give', () => {
    const covered = new Map<string, Set<number>>(operations.map((o) => [o, new Set([401, 403, 429, 402, 500])]));
    for (const c of [...ok, ...bad]) covered.get(c.operation)?.add(c.status);
    expect([...new Set([...ok, ...bad].map((c) => c.operation))].sort()).toEqual([...operations].sort());
    for (const operation of operations) {
      const statuses = covered.get(operation) ?? new Set();
      expect(statuses.has(200), `${operation} 200`).toBe(true);
      if (operation.includes('{id}')) expect(statuses.has(404), `${operation} 404`).toBe(true);
    }
  });
});
