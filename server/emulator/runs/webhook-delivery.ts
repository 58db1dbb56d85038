import type { WebhookOutcome } from '../../../core/contract/automation-firings';

/**
 * Calling an automation's webhook (ADR 017): a few tries with a growing wait, each bounded by
 * the poster's timeout, and never inside a run (the scheduler starts it after the run's changes
 * are stored and does not wait for it). The poster is given by whoever creates the emulator: the
 * dashboard server's refuses private addresses unless allowed (server/outbound-webhook.ts).
 */
export interface WebhookAttempt {
  /** The HTTP status, when an answer came. */
  status?: number;
  /** Why no answer came, or why the address was refused. */
  error?: string;
  /** Refused before sending (not http(s), a private address): trying again changes nothing. */
  refused?: boolean;
  ms: number;
}
export type PostWebhook = (url: string, body: unknown) => Promise<WebhookAttempt>;

/** Waits before the 2nd and 3rd tries. */
export const WEBHOOK_RETRY_DELAYS_MS = [1_000, 4_000] as const;

/** An answer worth trying again for: none, a 5xx, a 408 or a 429. */
function retryable(attempt: WebhookAttempt): boolean {
  if (attempt.refused) return false;
  if (attempt.status === undefined) return true;
  return attempt.status >= 500 || attempt.status === 408 || attempt.status === 429;
}

export async function deliverWebhook(
  post: PostWebhook,
  url: string,
  body: unknown,
  onOutcome: (outcome: WebhookOutcome) => void,
  { delaysMs = WEBHOOK_RETRY_DELAYS_MS, signal }: { delaysMs?: readonly number[]; signal?: AbortSignal } = {},
): Promise<WebhookOutcome> {
  let attempts = 0;
  for (;;) {
    const attempt = await post(url, body).catch((error: unknown): WebhookAttempt => ({
      error: error instanceof Error ? error.message : String(error),
      ms: 0,
    }));
    attempts += 1;
    const delivered = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
    const last = delivered || !retryable(attempt) || attempts > delaysMs.length || signal?.aborted === true;
    const outcome: WebhookOutcome = {
      url,
      state: delivered ? 'delivered' : last ? 'failed' : 'pending',
      attempts,
      status: attempt.status ?? null,
      error: attempt.error ?? null,
      ms: attempt.ms,
    };
    onOutcome(outcome);
    if (last) return outcome;
    // Unref'd: a retry waiting does not keep a closing process alive.
    await new Promise((resolve) => setTimeout(resolve, delaysMs[attempts - 1]).unref?.());
  }
}

/** Without a poster (an emulator made on its own), webhooks are not called, and say so. */
export const noWebhooks: PostWebhook = async () => ({ error: 'webhooks are not called by this emulator', refused: true, ms: 0 });
