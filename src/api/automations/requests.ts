import {
  automationFiringsSchema,
  outsideMailResponseSchema,
} from '../../../core/contract/automation-firings';
import { webhookTestResultSchema } from '../../../core/contract/webhook-test';
import { request } from '../http';

/** The dashboard server's emulator-only routes (docs/api/reference.md "Emulator-only routes"). */
const EMULATOR_BASE = '/api/emulator';

export function listAutomationFirings(testId: string, signal?: AbortSignal) {
  return request('/automation-firings', automationFiringsSchema, {
    base: EMULATOR_BASE,
    query: { test_id: testId },
    signal,
  });
}

export function sendOutsideMail(body: { test_code: string; from: string }) {
  return request('/outside-mail', outsideMailResponseSchema, { base: EMULATOR_BASE, method: 'POST', body });
}

/** "Send a test call": the server posts a sample body to the URL (ADR 017). */
export function testWebhook(url: string) {
  return request('/webhook-test', webhookTestResultSchema, { base: '/api', method: 'POST', body: { url } });
}
