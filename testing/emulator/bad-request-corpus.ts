import { AUTOMATED_SCHEDULE, createBody, type CallOptions } from './test-kit';

/**
 * The bad-request corpus (used by bad-requests.test.ts): one line per request the API must
 * refuse, with the status and the message that names the problem. One entry per line on
 * purpose, so the table reads as a table.
 */
export type BadRequest = [
  label: string,
  method: string,
  path: string | (() => string),
  opts: CallOptions,
  status: number,
  message: RegExp,
];
export const ids = { active: '', completed: '', automated: '' };

const T = '/api/v2/inbox-placement-tests';
const A = '/api/v2/inbox-placement-analytics';
const R = '/api/v2/inbox-placement-reports';
const UNKNOWN = '01990000-0000-7000-8000-000000000000';
const json = { 'content-type': 'application/json' };
const create = (overrides: Record<string, unknown>): CallOptions => ({ body: createBody(overrides) });
const automation = (when: unknown, then: unknown = { pause: true }) =>
  create({ automations: [{ when, then }] });
const schedule = (s: unknown, type = 1) => create({ type, schedule: s });
const active = () => `${T}/${ids.active}`;

// prettier-ignore
export const BAD_REQUESTS: BadRequest[] = [
  // Body parsing (Fastify's content-type parser)
  ['truncated JSON', 'POST', T, { raw: '{"name":', headers: json }, 400, /not valid JSON/],
  ['trailing comma', 'POST', T, { raw: '{"name":"x",}', headers: json }, 400, /not valid JSON/],
  ['single quotes', 'POST', T, { raw: "{'name':'x'}", headers: json }, 400, /not valid JSON/],
  ['empty body with JSON type', 'POST', T, { raw: '', headers: json }, 400, /FST_ERR_CTP_EMPTY_JSON_BODY/],
  ['text/plain body', 'POST', T, { raw: 'name=x', headers: { 'content-type': 'text/plain' } }, 415, /Unsupported Media Type: text\/plain/],
  ['form body', 'POST', T, { raw: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, /Unsupported Media Type/],
  ['body without content type', 'POST', T, { raw: '{"name":"x"}' }, 415, /Unsupported Media Type/],
  ['body over 1 MB', 'POST', T, create({ email_body: 'x'.repeat(1024 * 1024) }), 413, /too large/],
  ['body is an array', 'POST', T, { body: [createBody()] }, 400, /^body must be object$/],
  ['body is null', 'POST', T, { raw: 'null', headers: json }, 400, /^body must be object$/],
  ['body is a string', 'POST', T, { raw: '"test"', headers: json }, 400, /^body must be object$/],
  ['no body at all', 'POST', T, {}, 400, /^body must be object$/],
  // Required fields and types
  ...(['name', 'type', 'sending_method', 'email_subject', 'email_body', 'emails'] as const).map(
    (field): BadRequest => [`missing ${field}`, 'POST', T, create({ [field]: undefined }), 400, new RegExp(`^body must have required property '${field}'$`)],
  ),
  ['name is a number', 'POST', T, create({ name: 42 }), 400, /^body\/name must be string$/],
  ['name is blank', 'POST', T, create({ name: '   ' }), 400, /^body\/name must not be empty$/],
  ['subject is blank', 'POST', T, create({ email_subject: '' }), 400, /^body\/email_subject must not be empty$/],
  ['type 3', 'POST', T, create({ type: 3 }), 400, /^body\/type must be equal to one of the allowed values/],
  ['type as string', 'POST', T, create({ type: '1' }), 400, /^body\/type must be equal to one of the allowed values/],
  ['sending_method 0', 'POST', T, create({ sending_method: 0 }), 400, /^body\/sending_method must be equal to one of the allowed values/],
  ['delivery_mode 5', 'POST', T, create({ delivery_mode: 5 }), 400, /^body\/delivery_mode must be equal to one of the allowed values/],
  ['emails not an array', 'POST', T, create({ emails: 'jane@acme.com' }), 400, /^body\/emails must be array$/],
  ['emails hold a non-address', 'POST', T, create({ emails: ['jane'] }), 400, /^body\/emails must hold email addresses$/],
  ['no senders from Instantly', 'POST', T, create({ emails: [] }), 400, /^body\/emails must list at least one sending account/],
  ['status 4', 'POST', T, create({ status: 4 }), 400, /^body\/status must be equal to one of the allowed values/],
  ['status as word', 'POST', T, create({ status: 'paused' }), 400, /^body\/status must be equal to one of the allowed values/],
  ['not_sending_status unknown', 'POST', T, create({ not_sending_status: 'broken' }), 400, /^body\/not_sending_status must be equal to one of the allowed values/],
  ['text_only as string', 'POST', T, create({ text_only: 'true' }), 400, /^body\/text_only must be boolean$/],
  ['run_immediately as 1', 'POST', T, create({ run_immediately: 1 }), 400, /^body\/run_immediately must be boolean$/],
  ['tags not an array', 'POST', T, create({ tags: 'vip' }), 400, /^body\/tags must be array$/],
  ['description as number', 'POST', T, create({ description: 5 }), 400, /^body\/description must be string$/],
  ['campaign_id as number', 'POST', T, create({ campaign_id: 5 }), 400, /^body\/campaign_id must be string$/],
  // Unknown keys
  ['unknown key', 'POST', T, create({ foo: 1 }), 400, /^body must NOT have additional properties \('foo'\)$/],
  ['read-only id', 'POST', T, create({ id: UNKNOWN }), 400, /additional properties \('id'\)/],
  ['read-only recipients', 'POST', T, create({ recipients: ['a@b.co'] }), 400, /additional properties \('recipients'\)/],
  ['read-only organization_id', 'POST', T, create({ organization_id: UNKNOWN }), 400, /additional properties \('organization_id'\)/],
  // Schedule
  ['hour 25', 'POST', T, schedule({ timing: { from: '25:00' } }), 400, /^body\/schedule\/timing\/from must be a 24-hour time HH:MM$/],
  ['one-digit hour', 'POST', T, schedule({ timing: { from: '9:00' } }), 400, /timing\/from must be a 24-hour time/],
  ['minute 60', 'POST', T, schedule({ timing: { from: '09:60' } }), 400, /timing\/from must be a 24-hour time/],
  ['12-hour clock', 'POST', T, schedule({ timing: { from: '9:00 AM' } }), 400, /timing\/from must be a 24-hour time/],
  ['ISO placeholder time', 'POST', T, schedule({ timing: { from: '1970-01-01T00:00:00.000Z' } }), 400, /timing\/from must be a 24-hour time/],
  ['time as number', 'POST', T, schedule({ timing: { from: 930 } }), 400, /^body\/schedule\/timing\/from must be/],
  ['timing.to', 'POST', T, schedule({ timing: { from: '09:00', to: '17:00' } }), 400, /^body\/schedule\/timing must NOT have additional properties \('to'\)$/],
  ['America/New_York', 'POST', T, schedule({ timezone: 'America/New_York' }), 400, /^body\/schedule\/timezone must be one of Instantly's 102/],
  ['America/Los_Angeles', 'POST', T, schedule({ timezone: 'America/Los_Angeles' }), 400, /schedule\/timezone must be one of/],
  ['UTC', 'POST', T, schedule({ timezone: 'UTC' }), 400, /schedule\/timezone must be one of/],
  ['lower-case zone', 'POST', T, schedule({ timezone: 'america/chicago' }), 400, /schedule\/timezone must be one of/],
  ['day key 7', 'POST', T, schedule({ days: { '7': true } }), 400, /^body\/schedule\/days keys must be "0".."6"/],
  ['day key monday', 'POST', T, schedule({ days: { monday: true } }), 400, /schedule\/days keys must be "0".."6"/],
  ['day value as string', 'POST', T, schedule({ days: { '1': 'yes' } }), 400, /^body\/schedule\/days\/1 must be boolean$/],
  ['days as array', 'POST', T, schedule({ days: [1, 2] }), 400, /^body\/schedule\/days must be object$/],
  ['schedule unknown key', 'POST', T, schedule({ every: 'week' }), 400, /^body\/schedule must NOT have additional properties \('every'\)$/],
  ['automated without schedule', 'POST', T, create({ type: 2 }), 400, /^body\/schedule\/days must enable at least one weekday/],
  ['automated, no day enabled', 'POST', T, schedule({ ...AUTOMATED_SCHEDULE, days: { '1': false } }, 2), 400, /schedule\/days must enable at least one weekday/],
  ['automated, no time', 'POST', T, schedule({ days: { '1': true }, timezone: 'America/Chicago' }, 2), 400, /^body\/schedule\/timing\/from is required/],
  ['automated, no timezone', 'POST', T, schedule({ days: { '1': true }, timing: { from: '09:00' } }, 2), 400, /^body\/schedule\/timezone is required/],
  // test_code
  ['double ptid_ prefix', 'POST', T, create({ sending_method: 2, test_code: 'ptid_ptid_abc' }), 400, /^body\/test_code must be ptid_ followed by/],
  ['code with a space', 'POST', T, create({ sending_method: 2, test_code: 'ab cd' }), 400, /body\/test_code must be ptid_/],
  ['code of 46 chars', 'POST', T, create({ sending_method: 2, test_code: 'a'.repeat(46) }), 400, /body\/test_code must be ptid_/],
  ['prefix only', 'POST', T, create({ sending_method: 2, test_code: 'ptid_' }), 400, /body\/test_code must be ptid_/],
  ['code with !', 'POST', T, create({ sending_method: 2, test_code: 'ptid_abc!' }), 400, /body\/test_code must be ptid_/],
  ['code as number', 'POST', T, create({ sending_method: 2, test_code: 12345 }), 400, /^body\/test_code must be string$/],
  // Automations
  ['automations not an array', 'POST', T, create({ automations: { when: {} } }), 400, /^body\/automations must be array$/],
  ['automation without when', 'POST', T, create({ automations: [{ then: { pause: true } }] }), 400, /^body\/automations\/0 must have required property 'when'$/],
  ['automation without then', 'POST', T, create({ automations: [{ when: { condition: 'added_to_blacklists' } }] }), 400, /^body\/automations\/0 must have required property 'then'$/],
  ['empty then', 'POST', T, automation({ condition: 'added_to_blacklists' }, {}), 400, /^body\/automations\/0\/then must NOT have fewer than 1 properties$/],
  ['unknown condition', 'POST', T, automation({ condition: 'placement_changes' }), 400, /^body\/automations\/0\/when\/condition must be one of placement_goes_below/],
  ['threshold missing', 'POST', T, automation({ condition: 'placement_goes_below' }), 400, /^body\/automations\/0\/when\/condition_value \(0–100\) is required/],
  ['threshold 150', 'POST', T, automation({ condition: 'placement_goes_below', condition_value: 150 }), 400, /^body\/automations\/0\/when\/condition_value must be <= 100$/],
  ['threshold as string', 'POST', T, automation({ condition: 'placement_goes_above', condition_value: '80' }), 400, /^body\/automations\/0\/when\/condition_value must be number$/],
  ['ftp webhook', 'POST', T, automation({ condition: 'added_to_blacklists' }, { webhook_url: 'ftp://hooks.example.com' }), 400, /^body\/automations\/0\/then\/webhook_url must be an http\(s\) URL$/],
  ['webhook not a URL', 'POST', T, automation({ condition: 'added_to_blacklists' }, { webhook_url: 'call me' }), 400, /then\/webhook_url must be an http\(s\) URL/],
  ['negative pause days', 'POST', T, automation({ condition: 'added_to_blacklists' }, { pause_sending_campaigns_for: -3 }), 400, /then\/pause_sending_campaigns_for must be a positive number of days/],
  ['pause as string', 'POST', T, automation({ condition: 'added_to_blacklists' }, { pause: 'yes' }), 400, /^body\/automations\/0\/then\/pause must be boolean$/],
  ['add_tags not an array', 'POST', T, automation({ condition: 'added_to_blacklists' }, { add_tags: 'vip' }), 400, /then\/add_tags must be array/],
  ['unknown action', 'POST', T, automation({ condition: 'added_to_blacklists' }, { notify: true }), 400, /^body\/automations\/0\/then must NOT have additional properties \('notify'\)$/],
  ['unknown when key', 'POST', T, automation({ condition: 'added_to_blacklists', value: 3 }), 400, /^body\/automations\/0\/when must NOT have additional properties \('value'\)$/],
  // Recipient labels
  ['labels not an array', 'POST', T, create({ recipients_labels: 'Google' }), 400, /^body\/recipients_labels must be array$/],
  ['label without esp', 'POST', T, create({ recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Personal' }] }), 400, /^body\/recipients_labels\/0 must have required property 'esp'$/],
  ['label not offered', 'POST', T, create({ recipients_labels: [{ region: 'Europe', sub_region: 'ES', type: 'Personal', esp: 'Google' }] }), 400, /^body\/recipients_labels\/0 must be one of the email-service-provider-options .*"ES"/],
  ['label with extra key', 'POST', T, create({ recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Personal', esp: 'Google', seeds: 5 }] }), 400, /recipients_labels\/0 must NOT have additional properties \('seeds'\)/],
  ['label with empty esp', 'POST', T, create({ recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Personal', esp: '' }] }), 400, /^body\/recipients_labels\/0\/esp must NOT have fewer than 1 characters$/],
  ['unknown campaign', 'POST', T, create({ campaign_id: UNKNOWN }), 404, /^Campaign not found$/],
  ['unknown tag', 'POST', T, create({ tags: [UNKNOWN] }), 404, /^Custom tag not found/],
  // List query
  ...(['0', '101', '-1'] as const).map((v): BadRequest => [`limit=${v}`, 'GET', `${T}?limit=${v}`, {}, 400, /^querystring\/limit must be [<>]= (1|100)$/]),
  ['limit=abc', 'GET', `${T}?limit=abc`, {}, 400, /^querystring\/limit must be integer$/],
  ['limit=1.5', 'GET', `${T}?limit=1.5`, {}, 400, /^querystring\/limit must be integer$/],
  ['status=4', 'GET', `${T}?status=4`, {}, 400, /^querystring\/status must be equal to one of the allowed values \(1, 2, 3\)$/],
  ['status=active', 'GET', `${T}?status=active`, {}, 400, /^querystring\/status must be equal to one of the allowed values/],
  ['sort_order=up', 'GET', `${T}?sort_order=up`, {}, 400, /^querystring\/sort_order must be equal to one of the allowed values \(asc, desc\)$/],
  ['sort_column=email', 'GET', `${T}?sort_column=email`, {}, 400, /^querystring\/sort_column must be id, timestamp_created or name$/],
  ['search of 501 chars', 'GET', `${T}?search=${'a'.repeat(501)}`, {}, 400, /^querystring\/search must be at most 500 characters$/],
  ['empty cursor', 'GET', `${T}?starting_after=`, {}, 400, /^querystring\/starting_after must NOT have fewer than 1 characters$/],
  ['name sort, unknown cursor', 'GET', `${T}?sort_column=name&starting_after=${UNKNOWN}`, {}, 400, /^querystring\/starting_after must be the id of a test/],
  ['with_metadata=yes', 'GET', () => `${active()}?with_metadata=yes`, {}, 400, /^querystring\/with_metadata must be boolean$/],
  ['unknown test', 'GET', `${T}/${UNKNOWN}`, {}, 404, /^Resource not found$/],
  // PATCH
  ['empty patch', 'PATCH', active, { body: {} }, 400, /^body must NOT have fewer than 1 properties$/],
  ['immutable subject', 'PATCH', active, { body: { email_subject: 'New' } }, 400, /^body must NOT have additional properties \('email_subject'\)$/],
  ['immutable emails', 'PATCH', active, { body: { emails: ['a@b.co'] } }, 400, /additional properties \('emails'\)/],
  ['status 5', 'PATCH', active, { body: { status: 5 } }, 400, /^body\/status must be equal to one of the allowed values/],
  ['blank name', 'PATCH', active, { body: { name: '' } }, 400, /^body\/name must not be empty$/],
  ['Europe/Paris', 'PATCH', active, { body: { schedule: { timezone: 'Europe/Paris' } } }, 400, /schedule\/timezone must be one of/],
  ['empty automation', 'PATCH', active, { body: { automations: [{}] } }, 400, /^body\/automations\/0 must have required property 'when'$/],
  ['malformed JSON', 'PATCH', active, { raw: '{"status":', headers: json }, 400, /not valid JSON/],
  ['no body', 'PATCH', active, {}, 400, /^body must be object$/],
  ['text/plain', 'PATCH', active, { raw: 'status=2', headers: { 'content-type': 'text/plain' } }, 415, /Unsupported Media Type/],
  ['unknown id', 'PATCH', `${T}/${UNKNOWN}`, { body: { name: 'x' } }, 404, /^Resource not found$/],
  ['resume completed', 'PATCH', () => `${T}/${ids.completed}`, { body: { status: 1 } }, 400, /^A completed test cannot be resumed$/],
  ['pause completed', 'PATCH', () => `${T}/${ids.completed}`, { body: { status: 2 } }, 400, /^A completed test cannot be paused$/],
  ['automated schedule without days', 'PATCH', () => `${T}/${ids.automated}`, { body: { schedule: { timing: { from: '09:00' }, timezone: 'America/Chicago' } } }, 400, /schedule\/days must enable at least one weekday/],
  // DELETE
  ['unknown id', 'DELETE', `${T}/${UNKNOWN}`, {}, 404, /^Resource not found$/],
  ['JSON type, empty body', 'DELETE', active, { headers: json }, 400, /FST_ERR_CTP_EMPTY_JSON_BODY/],
  ['malformed JSON', 'DELETE', active, { raw: '{', headers: json }, 400, /not valid JSON/],
  // Analytics
  ['no test_id', 'GET', A, {}, 400, /^querystring must have required property 'test_id'$/],
  ['limit=500', 'GET', () => `${A}?test_id=${ids.active}&limit=500`, {}, 400, /^querystring\/limit must be <= 100$/],
  ['geo 5', 'GET', () => `${A}?test_id=${ids.active}&recipient_geo=5`, {}, 400, /^querystring\/recipient_geo must only contain 1, 2, 3, 4$/],
  ['esp by name', 'GET', () => `${A}?test_id=${ids.active}&recipient_esp=google`, {}, 400, /^querystring\/recipient_esp must be comma-separated numbers$/],
  ['empty code in list', 'GET', () => `${A}?test_id=${ids.active}&recipient_type=1,,2`, {}, 400, /recipient_type must be comma-separated numbers/],
  ['date in words', 'GET', () => `${A}?test_id=${ids.active}&date_from=yesterday`, {}, 400, /^querystring\/date_from must be an ISO date or date-time$/],
  ['unknown test', 'GET', `${A}?test_id=${UNKNOWN}`, {}, 404, /^Resource not found$/],
  ['unknown row', 'GET', `${A}/${UNKNOWN}`, {}, 404, /^Resource not found$/],
  ['no test_ids', 'POST', `${A}/stats-by-test-id`, { body: {} }, 400, /^body must have required property 'test_ids'$/],
  ['empty test_ids', 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [] } }, 400, /^body\/test_ids must NOT have fewer than 1 items$/],
  ['test_ids as string', 'POST', `${A}/stats-by-test-id`, { body: { test_ids: 'abc' } }, 400, /^body\/test_ids must be array$/],
  ['esp code 3', 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [UNKNOWN], recipient_esp: [3] } }, 400, /^body\/recipient_esp\/0 must be equal to one of the allowed values \(1, 2, 8, 12, 13\)$/],
  ['geo as strings', 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [UNKNOWN], recipient_geo: ['1'] } }, 400, /^body\/recipient_geo\/0 must be equal to one of the allowed values/],
  ['unknown stats key', 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [UNKNOWN], limit: 5 } }, 400, /^body must NOT have additional properties \('limit'\)$/],
  ['bad date', 'POST', `${A}/stats-by-test-id`, { body: { test_ids: [UNKNOWN], date_from: 'nope' } }, 400, /^body\/date_from must be an ISO date or date-time$/],
  ['no body', 'POST', `${A}/stats-by-test-id`, {}, 400, /^body must be object$/],
  ['insights, no test_id', 'POST', `${A}/deliverability-insights`, { body: {} }, 400, /^body must have required property 'test_id'$/],
  ['show_previous as string', 'POST', `${A}/deliverability-insights`, { body: { test_id: UNKNOWN, show_previous: 'yes' } }, 400, /^body\/show_previous must be boolean$/],
  ['bad previous date', 'POST', `${A}/deliverability-insights`, { body: { test_id: UNKNOWN, previous_date_from: '2026-13-45' } }, 400, /^body\/previous_date_from must be an ISO date/],
  ['insights take no sender', 'POST', `${A}/deliverability-insights`, { body: { test_id: UNKNOWN, sender_email: 'a@b.co' } }, 400, /additional properties \('sender_email'\)/],
  ['insights, unknown test', 'POST', `${A}/deliverability-insights`, { body: { test_id: UNKNOWN } }, 404, /^Resource not found$/],
  ['by date, no test_id', 'POST', `${A}/stats-by-date`, { body: { sender_email: 'a@b.co' } }, 400, /^body must have required property 'test_id'$/],
  ['by date, type 3', 'POST', `${A}/stats-by-date`, { body: { test_id: UNKNOWN, recipient_type: [3] } }, 400, /^body\/recipient_type\/0 must be equal to one of the allowed values \(1, 2\)$/],
  ['by date, unknown test', 'POST', `${A}/stats-by-date`, { body: { test_id: UNKNOWN } }, 404, /^Resource not found$/],
  // Reports
  ['reports, no test_id', 'GET', R, {}, 400, /^querystring must have required property 'test_id'$/],
  ['skip flag maybe', 'GET', () => `${R}?test_id=${ids.active}&skip_spam_assassin_report=maybe`, {}, 400, /^querystring\/skip_spam_assassin_report must be boolean$/],
  ['reports limit=0', 'GET', () => `${R}?test_id=${ids.active}&limit=0`, {}, 400, /^querystring\/limit must be >= 1$/],
  ['reports, unknown test', 'GET', `${R}?test_id=${UNKNOWN}`, {}, 404, /^Resource not found$/],
  ['unknown report', 'GET', `${R}/${UNKNOWN}`, {}, 404, /^Resource not found$/],
  // Pickers
  ['accounts limit=1000', 'GET', '/api/v2/accounts?limit=1000', {}, 400, /^querystring\/limit must be <= 100$/],
  ['accounts status=9', 'GET', '/api/v2/accounts?status=9', {}, 400, /^querystring\/status must be equal to one of the allowed values/],
  ['include_tags=maybe', 'GET', '/api/v2/accounts?include_tags=maybe', {}, 400, /^querystring\/include_tags must be boolean$/],
  ['tags limit=0', 'GET', '/api/v2/custom-tags?limit=0', {}, 400, /^querystring\/limit must be >= 1$/],
  ['campaigns status=7', 'GET', '/api/v2/campaigns?status=7', {}, 400, /^querystring\/status must be equal to one of the allowed values/],
  ['campaigns limit=abc', 'GET', '/api/v2/campaigns?limit=abc', {}, 400, /^querystring\/limit must be integer$/],
  // Routing and auth
  ['unknown path', 'GET', '/api/v2/inbox-placement-testz', {}, 404, /^Route GET:\/api\/v2\/inbox-placement-testz not found$/],
  ['wrong method', 'PUT', active, { body: { name: 'x' } }, 404, /^Route PUT:/],
  ['POST to ESP options', 'POST', `${T}/email-service-provider-options`, { body: {} }, 404, /^Route POST:/],
  ['no key', 'POST', T, { ...create({}), key: null }, 401, /^Missing Authorization header$/],
  ['unknown key', 'POST', T, { ...create({}), key: 'nope' }, 401, /^Invalid API key$/],
  ['Basic auth', 'GET', T, { key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }, 401, /^Invalid API key$/],
  ['Bearer without token', 'GET', T, { key: null, headers: { authorization: 'Bearer ' } }, 401, /^Invalid API key$/],
  ['read-only key creates', 'POST', T, { ...create({}), key: 'read-only' }, 403, /^Forbidden$/],
  ['read-only key deletes', 'DELETE', active, { key: 'read-only' }, 403, /^Forbidden$/],
];
