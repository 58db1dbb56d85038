import { AUTOMATED_SCHEDULE, createBody, type CallOptions } from '../emulator/test-kit';

/**
 * The requests contract.test.ts makes per operation: the happy path, and one request for each
 * error status an operation can give. Tables, so one case per line.
 */
export type Case = {
  operation: string;
  status: number;
  label: string;
  request: () => Promise<[string, CallOptions?]> | [string, CallOptions?];
};
export const T = '/api/v2/inbox-placement-tests';
export const A = '/api/v2/inbox-placement-analytics';
export const R = '/api/v2/inbox-placement-reports';
export const UNKNOWN = '01990000-0000-7000-8000-000000000000';
export const ids = { test: '', completedTest: '', analytics: '', report: '', campaign: '', tag: '' };

export function contractCases(freshTest: () => Promise<string>): { ok: Case[]; bad: Case[] } {
  /** The happy path of each operation. */
  // prettier-ignore
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
  // prettier-ignore
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
  return { ok, bad };
}
