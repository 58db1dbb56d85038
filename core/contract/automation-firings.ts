import * as z from 'zod/mini';

/**
 * The emulator's record of automation rules that fired (ADR 017). Instantly exposes no such
 * thing: this is the dashboard server's own route, `GET /api/emulator/automation-firings?test_id=`,
 * answered only in emulator mode (docs/api/reference.md, "Emulator-only routes").
 */
export const WEBHOOK_STATES = ['pending', 'delivered', 'failed'] as const;

export const webhookOutcomeSchema = z.looseObject({
  url: z.string(),
  state: z.enum(WEBHOOK_STATES),
  attempts: z.number(),
  /** The last answer's HTTP status; absent when none came. */
  status: z.nullish(z.number()),
  /** Why the last attempt failed (timeout, refused address, connection error). */
  error: z.nullish(z.string()),
  /** How long the last attempt took, in ms. */
  ms: z.nullish(z.number()),
});
export type WebhookOutcome = z.infer<typeof webhookOutcomeSchema>;

export const firingActionSchema = z.looseObject({
  action: z.string(),
  /** What was done, in words: "paused the test", "added “Warm” to 2 accounts". */
  result: z.string(),
});

export const automationFiringSchema = z.looseObject({
  id: z.string(),
  test_id: z.string(),
  timestamp_fired: z.string(),
  /** The run (a UTC day of results) the rule was evaluated on, and its number (1 = first). */
  run_date: z.string(),
  run_number: z.number(),
  rule_index: z.number(),
  condition: z.string(),
  measured_value: z.number(),
  threshold: z.nullish(z.number()),
  listings: z.array(z.string()),
  /** "inbox 62% < 70%" (core/rules/automations.ts `firingMeasure`). */
  measure: z.string(),
  actions: z.array(firingActionSchema),
  webhook: z.nullish(webhookOutcomeSchema),
});
export type AutomationFiring = z.infer<typeof automationFiringSchema>;

export const automationFiringsSchema = z.looseObject({ items: z.array(automationFiringSchema) });

/** `POST /api/emulator/outside-mail`: mail carrying a test code, "sent" from `from` (ADR 016). */
export const outsideMailBodySchema = z.strictObject({
  test_code: z.string().check(z.minLength(1)),
  from: z.email({ error: 'Enter an email address, like you@example.com' }),
});
export const outsideMailResponseSchema = z.looseObject({ test_id: z.string(), from: z.string() });
