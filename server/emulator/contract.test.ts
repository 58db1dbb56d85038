import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../src/api/contract/load-contract';
import { REASON_PHRASES } from './http-errors';
import { AUTOMATED_SCHEDULE, call, createBody, testEmulator, type CallOptions } from './test-kit';
import type { Emulator } from './create-emulator';

/**
 * Every operation of the (restored) official contract, called for real: a 200 and each error
 * status the emulator can give, each body validated against that operation's response schema.
 * Statuses the contract does not list are checked against the generic error shape.
 */
const contract = loadContract();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

type Op = { responses: Record<string, { content?: { 'application/json'?: { schema: object } } }> };
const operations = Object.entries(contract.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
);

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(operation: string, status: number) {
  const key = `${operation} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const [method, path] = operation.split(' ') as [string, string];
    const op = contract.paths[path]?.[method.toLowerCase()] as Op;
    const listed = op.responses[String(status)]?.content?.['application/json']?.schema;
    const schema = listed ?? {
      type: 'object',
      required: ['statusCode', 'error', 'message'],
      properties: { statusCode: { const: status }, error: { const: REASON_PHRASES[status] }, message: { type: 'string' } },
    };
    validate = ajv.compile({ ...schema, components: contract.components });
    validators.set(key, validate);
  }
  return validate;
}

let emulator: Emulator;
const ids = { test: '', completedTest: '', analytics: '', report: '', campaign: '', tag: '' };
const NARROW = 'key-with-campaigns-read-only';
const OTHER = 'key-with-accounts-read-only';

beforeAll(async () => {
  emulator = testEmulator({ keys: [{ key: NARROW, scopes: ['campaigns:read'] }, { key: OTHER, scopes: ['accounts:read'] }] });
  const tests = (await call(emulator, 'GET', '/api/v2/inbox-placement-tests?limit=100')).body.items as { id: string; name: string; status: number }[];
  ids.test = tests.find((t) => t.name.startsWith('Weekly Gmail check'))?.id ?? '';
  ids.completedTest = tests.find((t) => t.status === 3)?.id ?? '';
  ids.analytics = (await call(emulator, 'GET', `/api/v2/inbox-placement-analytics?test_id=${ids.test}&limit=1`)).body.items[0].id;
  ids.report = (await call(emulator, 'GET', `/api/v2/inbox-placement-reports?test_id=${ids.test}&limit=1`)).body.items[0].id;
  ids.campaign = (await call(emulator, 'GET', '/api/v2/campaigns?limit=1')).body.items[0].id;
  ids.tag = (await call(emulator, 'GET', '/api/v2/custom-tags?limit=1')).body.items[0].id;
});
afterAll(() => emulator.close());

async function freshTest(): Promise<string> {
  return (await call(emulator, 'POST', '/api/v2/inbox-placement-tests', { body: createBody() })).body.id;
}

type Case = { operation: string; status: number; label: string; request: () => Promise<[string, CallOptions?]> | [string, CallOptions?] };
const T = '/api/v2/inbox-placement-tests';
const A = '/api/v2/inbox-placement-analytics';
const R = '/api/v2/inbox-placement-reports';
const UNKNOWN = '01990000-0000-7000-8000-000000000000';

/** The happy path of each operation. */
const ok: Case[] = [
  { operation: `POST ${T}`, status: 200, label: 'create with description, tags, campaign', request: () => [T, { body: createBody({ type: 2, schedule: AUTOMATED_SCHEDULE, description: 'Desc', tags: [ids.tag], campaign_id: ids.campaign, sending_method: 2, automations: [{ when: { condition: 'placement_goes_below', condition_value: 80 }, then: { pause: true } }] }) }] },
  { operation: `GET ${T}`, status: 200, label: 'list', request: () => [`${T}?limit=100`] },
  { operation: `GET ${T}/{id}`, status: 200, label: 'get with metadata', request: () => [`${T}/${ids.test}?with_metadata=true`] },
  { operation: `PATCH ${T}/{id}`, status: 200, label: 'pause', request: async () => [`${T}/${await freshTest()}`, { body: { status: 2, description: 'paused for review' } }] },
  { operation: `DELETE ${T}/{id}`, status: 200, label: 'delete', request: async () => [`${T}/${await freshTest()}`] },
  { operation: `GET ${T}/email-service-provider-options`, status: 200, label: 'options', request: () => [`${T}/email-service-provider-options`] },
  { operation: `GET ${A}`, status: 200, label: 'rows', request: () => [`${A}?test_id=${ids.test}&limit=100`] },
  { operation: `GET ${A}/{id}`, status: 200, label: 'one row', request: () => [`${A}/${ids.analytics}`] },
  { operation: `POST ${A}/stats-by-test-id`, status: 200, label: 'stats', request: () => [`${A}/stats-by-test-id`, { body: { test_ids: [ids.test, ids.completedTest] } }] },
  { operation: `POST ${A}/deliverability-insights`, status: 200, label: 'insights', request: () => [`${A}/deliverability-insights`, { body: { test_id: ids.test, date_from: '2026-11-01', date_to: '2026-11-18', show_previous: true } }] },
  { operation: `POST ${A}/stats-by-date`, status: 200, label: 'by date', request: () => [`${A}/stats-by-date`, { body: { test_id: ids.test } }] },
  { operation: `GET ${R}`, status: 200, label: 'reports', request: () => [`${R}?test_id=${ids.test}`] },
  { operation: `GET ${R}/{id}`, status: 200, label: 'one report', request: () => [`${R}/${ids.report}`] },
  { operation: 'GET /api/v2/accounts', status: 200, label: 'accounts', request: () => ['/api/v2/accounts?limit=100'] },
  { operation: 'GET /api/v2/custom-tags', status: 200, label: 'tags', request: () => ['/api/v2/custom-tags?limit=100'] },
  { operation: 'GET /api/v2/campaigns', status: 200, label: 'campaigns', request: () => ['/api/v2/campaigns?limit=100'] },
];

/** A request per operation that each error status can come from. */
const bad: Case[] = [
  { operation: `POST ${T}`, status: 400, label: 'missing name', request: () => [T, { body: createBody({ name: undefined }) }] },
  { operation: `GET ${T}`, status: 400, label: 'limit 0', request: () => [`${T}?limit=0`] },
  { operation: `GET ${T}/{id}`, status: 400, label: 'with_metadata=maybe', request: () => [`${T}/${ids.test}?with_metadata=maybe`] },
  { operation: `PATCH ${T}/{id}`, status: 400, label: 'empty patch', request: () => [`${T}/${ids.test}`, { body: {} }] },
  { operation: `DELETE ${T}/{id}`, status: 400, label: 'JSON type, no body', request: () => [`${T}/${ids.test}`, { headers: { 'content-type': 'application/json' } }] },
  { operation: `GET ${A}`, status: 400, label: 'no test_id', request: () => [A] },
  { operation: `POST ${A}/stats-by-test-id`, status: 400, label: 'no ids', request: () => [`${A}/stats-by-test-id`, { body: { test_ids: [] } }] },
  { operation: `POST ${A}/deliverability-insights`, status: 400, label: 'no test_id', request: () => [`${A}/deliverability-insights`, { body: {} }] },
  { operation: `POST ${A}/stats-by-date`, status: 400, label: 'bad date', request: () => [`${A}/stats-by-date`, { body: { test_id: ids.test, date_from: 'last week' } }] },
  { operation: `GET ${R}`, status: 400, label: 'bad flag', request: () => [`${R}?test_id=${ids.test}&skip_blacklist_report=maybe`] },
  { operation: 'GET /api/v2/accounts', status: 400, label: 'limit', request: () => ['/api/v2/accounts?limit=1000'] },
  { operation: 'GET /api/v2/custom-tags', status: 400, label: 'limit', request: () => ['/api/v2/custom-tags?limit=0'] },
  { operation: 'GET /api/v2/campaigns', status: 400, label: 'status', request: () => ['/api/v2/campaigns?status=7'] },
  { operation: `POST ${T}`, status: 404, label: 'unknown campaign', request: () => [T, { body: createBody({ campaign_id: UNKNOWN }) }] },
  { operation: `GET ${T}/{id}`, status: 404, label: 'unknown id', request: () => [`${T}/${UNKNOWN}`] },
  { operation: `PATCH ${T}/{id}`, status: 404, label: 'unknown id', request: () => [`${T}/${UNKNOWN}`, { body: { name: 'x' } }] },
  { operation: `DELETE ${T}/{id}`, status: 404, label: 'unknown id', request: () => [`${T}/${UNKNOWN}`] },
  { operation: `GET ${A}`, status: 404, label: 'unknown test', request: () => [`${A}?test_id=${UNKNOWN}`] },
  { operation: `GET ${A}/{id}`, status: 404, label: 'unknown row', request: () => [`${A}/${UNKNOWN}`] },
  { operation: `POST ${A}/deliverability-insights`, status: 404, label: 'unknown test', request: () => [`${A}/deliverability-insights`, { body: { test_id: UNKNOWN } }] },
  { operation: `POST ${A}/stats-by-date`, status: 404, label: 'unknown test', request: () => [`${A}/stats-by-date`, { body: { test_id: UNKNOWN } }] },
  { operation: `GET ${R}`, status: 404, label: 'unknown test', request: () => [`${R}?test_id=${UNKNOWN}`] },
  { operation: `GET ${R}/{id}`, status: 404, label: 'unknown report', request: () => [`${R}/${UNKNOWN}`] },
];

/** The method and concrete path each operation is called with for auth and fault cases. */
function concrete(operation: string): [string, string, CallOptions] {
  const [method, template] = operation.split(' ') as [string, string];
  const path = template.replace('/api/v2/inbox-placement-tests/{id}', `${T}/${ids.test}`).replace(`${A}/{id}`, `${A}/${ids.analytics}`).replace(`${R}/{id}`, `${R}/${ids.report}`);
  const query = path === A || path === R ? `?test_id=${ids.test}` : '';
  const body = method === 'POST' ? { body: path === T ? createBody() : { test_id: ids.test, test_ids: [ids.test] } } : method === 'PATCH' ? { body: { status: 2 } } : {};
  return [method, path + query, body];
}

const exercised = new Map<string, Set<number>>();
async function check(operation: string, status: number, method: string, path: string, opts: CallOptions = {}) {
  const res = await call(emulator, method, path, opts);
  expect(res.status, `${operation}: ${res.text}`).toBe(status);
  const validate = validatorFor(operation, status);
  expect(validate(res.body) ? [] : validate.errors, `${operation} ${status} body: ${res.text.slice(0, 400)}`).toEqual([]);
  if (status >= 400) expect(res.body).toMatchObject({ statusCode: status, error: REASON_PHRASES[status] });
  if (!exercised.has(operation)) exercised.set(operation, new Set());
  exercised.get(operation)?.add(status);
}

describe('every contract operation against the emulator', () => {
  it.each(ok.map((c) => [c.operation, c.label, c] as const))('%s → 200 (%s)', async (operation, _label, c) => {
    const [path, opts] = await c.request();
    await check(operation, 200, operation.split(' ')[0] as string, path, opts);
  });

  it.each(bad.map((c) => [c.operation, c.status, c.label, c] as const))('%s → %i (%s)', async (operation, status, _label, c) => {
    const [path, opts] = await c.request();
    await check(operation, status, operation.split(' ')[0] as string, path, opts);
  });

  it.each(operations)('%s → 401 without a key, 401 with an unknown key, 403 without scope', async (operation) => {
    const [method, path, opts] = concrete(operation);
    await check(operation, 401, method, path, { ...opts, key: null });
    await check(operation, 401, method, path, { ...opts, key: 'not-a-key' });
    await check(operation, 403, method, path, { ...opts, key: operation.endsWith('/campaigns') ? OTHER : NARROW });
  });

  it.each(operations)('%s → 429 and 500 from injected faults', async (operation) => {
    const [method, path, opts] = concrete(operation);
    await call(emulator, 'POST', '/__emulator/faults', { body: { rateLimitRate: 1, retryAfterSeconds: 3 } });
    await check(operation, 429, method, path, opts);
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
    expect(validatorFor(`GET ${T}`, 401)({ statusCode: 400, error: 'Unauthorized', message: 'x' })).toBe(false);
  });

  it('exercised every operation of the contract with a 200 and every error status it can give', () => {
    expect([...exercised.keys()].sort()).toEqual([...operations].sort());
    for (const operation of operations) {
      const statuses = exercised.get(operation) ?? new Set();
      for (const status of [200, 401, 403, 429, 500]) expect(statuses.has(status), `${operation} ${status}`).toBe(true);
    }
    const idOperations = operations.filter((o) => o.includes('{id}'));
    for (const operation of idOperations) expect(exercised.get(operation)?.has(404), `${operation} 404`).toBe(true);
  });
});
