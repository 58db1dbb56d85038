import type { Context } from 'hono';
import { webhookTestBodySchema } from '../core/contract/webhook-test';
import { sampleWebhookBody } from '../core/rules/automation-webhook';
import type { PostWebhook } from './emulator/runs/webhook-delivery';

/**
 * `POST /api/webhook-test {url}`: "Send a test call" (ADR 017). One POST of the sample body, no
 * retries; the answer is the status and the time taken, never the body, so the route cannot be
 * used to read what an address serves. Same-origin writes and the session guard apply as to every
 * POST (ADR 014); the address rules are outbound-webhook.ts's.
 */
export function webhookTestRoute(post: PostWebhook) {
  return async (c: Context) => {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      json = undefined;
    }
    const parsed = webhookTestBodySchema.safeParse(json);
    if (!parsed.success) {
      return c.json({ statusCode: 400, error: 'Bad Request', message: 'body must be {"url": "<the webhook address>"}' }, 400);
    }
    const { url } = parsed.data;
    const attempt = await post(url, sampleWebhookBody(url, new Date()));
    const ok = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
    return c.json({ ok, status: attempt.status ?? null, ms: attempt.ms, error: attempt.error ?? null });
  };
}
