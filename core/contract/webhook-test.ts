import * as z from 'zod/mini';

/**
 * `POST /api/webhook-test`: the dashboard server posts a sample automation body
 * (core/rules/automation-webhook.ts) to a webhook URL and says how it answered (ADR 017).
 */
export const webhookTestBodySchema = z.strictObject({
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
});

export const webhookTestResultSchema = z.looseObject({
  /** Whether the address answered 2xx. */
  ok: z.boolean(),
  status: z.nullish(z.number()),
  ms: z.number(),
  /** Why it was refused or failed, in words. */
  error: z.nullish(z.string()),
});
export type WebhookTestResult = z.infer<typeof webhookTestResultSchema>;
