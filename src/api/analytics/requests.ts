import * as z from 'zod/mini';
import { cursorPageSchema } from '../../../core/contract/common';
import { deferred } from '../../../core/contract/deferred';
import { request } from '../http';
import {
  analyticsRecordSchema,
  dateStatsSchema,
  deliverabilityInsightSchema,
  testStatsSchema,
  type DeliverabilityInsightsBody,
  type ListAnalyticsParams,
  type StatsByDateBody,
  type StatsByTestIdBody,
} from '../../../core/contract/analytics';

const path = '/inbox-placement-analytics';

export function listAnalytics(params: ListAnalyticsParams, signal?: AbortSignal) {
  return request(path, cursorPageSchema(analyticsRecordSchema), { query: params, signal });
}

// The three stats endpoints are reads sent as POST: safe to cache and retry like GETs.
export const STATS_BY_TEST_ID_PATH = `${path}/stats-by-test-id`;
/** What stats-by-test-id answers (also checks the totals the server draws first). */
export const statsByTestIdAnswerSchema = deferred(() => z.array(testStatsSchema));

export function getStatsByTestId(body: StatsByTestIdBody, signal?: AbortSignal) {
  return request(STATS_BY_TEST_ID_PATH, statsByTestIdAnswerSchema, { method: 'POST', body, signal });
}

export function getDeliverabilityInsights(body: DeliverabilityInsightsBody, signal?: AbortSignal) {
  return request(`${path}/deliverability-insights`, z.array(deliverabilityInsightSchema), { method: 'POST', body, signal });
}

export function getStatsByDate(body: StatsByDateBody, signal?: AbortSignal) {
  return request(`${path}/stats-by-date`, z.array(dateStatsSchema), { method: 'POST', body, signal });
}
