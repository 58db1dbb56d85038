import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildExample, type ContractDocument } from './build-example';
import { loadContract } from './load-contract';
import { accountSchema } from '../../core/contract/accounts';
import { analyticsRecordSchema, dateStatsSchema, deliverabilityInsightSchema, testStatsSchema } from '../../core/contract/analytics';
import { campaignSchema } from '../../core/contract/campaigns';
import { cursorPageSchema, errorBodySchema } from '../../core/contract/common';
import { customTagSchema } from '../../core/contract/custom-tags';
import { espOptionsSchema, placementTestDetailSchema, placementTestSchema } from '../../core/contract/placement-tests';
import { createPlacementTestBodySchema, patchPlacementTestBodySchema } from '../../core/contract/placement-test-requests';
import { reportSchema } from '../../core/contract/reports';

// The vendored contract with the stripped `description`/`tags` properties restored (ADR 003).
const doc = loadContract() as unknown as ContractDocument;
type Operation = {
  requestBody?: { content: { 'application/json': { schema: object } } };
  responses: Record<string, { content?: { 'application/json'?: { schema: object } } }>;
};
const op = (path: string, method: string) => doc.paths[path]?.[method] as Operation;
const responseExample = (path: string, method: string, status = '200') =>
  buildExample(op(path, method).responses[status]!.content!['application/json']!.schema, doc);

/** Every operation's 200 response, with the zod schema the client parses it with. */
const responses: [string, string, z.ZodMiniType][] = [
  ['/api/v2/inbox-placement-tests', 'post', placementTestSchema],
  ['/api/v2/inbox-placement-tests', 'get', cursorPageSchema(placementTestSchema)],
  ['/api/v2/inbox-placement-tests/{id}', 'get', placementTestDetailSchema],
  ['/api/v2/inbox-placement-tests/{id}', 'patch', placementTestSchema],
  ['/api/v2/inbox-placement-tests/{id}', 'delete', placementTestSchema],
  ['/api/v2/inbox-placement-tests/email-service-provider-options', 'get', espOptionsSchema],
  ['/api/v2/inbox-placement-analytics', 'get', cursorPageSchema(analyticsRecordSchema)],
  ['/api/v2/inbox-placement-analytics/{id}', 'get', analyticsRecordSchema],
  ['/api/v2/inbox-placement-analytics/stats-by-test-id', 'post', z.array(testStatsSchema)],
  ['/api/v2/inbox-placement-analytics/deliverability-insights', 'post', z.array(deliverabilityInsightSchema)],
  ['/api/v2/inbox-placement-analytics/stats-by-date', 'post', z.array(dateStatsSchema)],
  ['/api/v2/inbox-placement-reports', 'get', cursorPageSchema(reportSchema)],
  ['/api/v2/inbox-placement-reports/{id}', 'get', reportSchema],
  ['/api/v2/accounts', 'get', cursorPageSchema(accountSchema)],
  ['/api/v2/custom-tags', 'get', cursorPageSchema(customTagSchema)],
  ['/api/v2/campaigns', 'get', cursorPageSchema(campaignSchema)],
];

describe('the client contract accepts the official contract examples', () => {
  it('covers every operation of the vendored contract', () => {
    const listed = new Set(responses.map(([p, m]) => `${m} ${p}`));
    const all = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`));
    expect(all.filter((o) => !listed.has(o))).toEqual([]);
  });

  it.each(responses)('%s %s: 200 example parses', (path, method, schema) => {
    const example = responseExample(path, method);
    const result = schema.safeParse(example);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(responses.flatMap(([p, m]) => Object.keys(op(p, m).responses).filter((s) => s !== '200').map((s) => [p, m, s])))(
    '%s %s: %s error example parses as an error body',
    (path, method, status) => {
      const example = responseExample(path, method, status) as { statusCode: number };
      expect(errorBodySchema.safeParse(example).success).toBe(true);
      expect(example.statusCode).toBe(Number(status));
    },
  );

  it('the create body example is accepted, except the placeholder time of day', () => {
    const example = buildExample(op('/api/v2/inbox-placement-tests', 'post').requestBody!.content['application/json'].schema, doc) as Record<string, unknown>;
    // The current spec's timing.from example is a placeholder date ("1970-01-01T00:00:00.000Z");
    // the API's documented format is HH:MM (docs/api/reference.md §3.2), which is what we send and require.
    const rejected = createPlacementTestBodySchema.safeParse(example);
    expect(rejected.success ? [] : rejected.error.issues.map((i) => i.path.join('/'))).toEqual(['schedule/timing/from']);
    const withTime = { ...example, schedule: { ...(example.schedule as object), timing: { from: '02:30' } } };
    const accepted = createPlacementTestBodySchema.safeParse(withTime);
    expect(accepted.success ? [] : accepted.error.issues).toEqual([]);
  });

  it('the patch body example is accepted with an HH:MM time', () => {
    const example = buildExample(op('/api/v2/inbox-placement-tests/{id}', 'patch').requestBody!.content['application/json'].schema, doc) as Record<string, unknown>;
    const body = { ...example, schedule: { ...(example.schedule as object), timing: { from: '02:30' } } };
    const result = patchPlacementTestBodySchema.safeParse(body);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
