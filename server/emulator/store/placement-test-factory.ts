import { nextRun } from '../../../core/rules/schedule';
import type { PlacementTest, RecipientLabel } from '../../../core/contract/placement-tests';
import type { createPlacementTestBaseSchema } from '../../../core/contract/placement-test-requests';
import type * as z from 'zod/mini';
import { recipientsFor } from '../esp-options';
import { systemRandom, urlSafeId, type Random } from '../random';

/** What create stores: the server-filled fields of docs/api/reference.md §3.1 plus the caller's input. */
export type CreateInput = z.output<typeof createPlacementTestBaseSchema>;

export interface BuildContext {
  id: string;
  organizationId: string;
  now: Date;
  random?: Random;
  /** Bulk inserts share results for identical schedules (nextRun walks Intl per call). */
  nextRunFor?: (schedule: PlacementTest['schedule'], now: Date) => Date | null;
}

/**
 * `test_code` rule (docs/api/reference.md §3.6 create): outside-Instantly tests always get a code, `ptid_`
 * + 21 url-safe characters when blank; a code given without the prefix gets it added.
 */
export function resolveTestCode(
  sendingMethod: number,
  given: string | null | undefined,
  random: Random,
): string | null {
  const trimmed = given?.trim() ?? '';
  if (trimmed) return trimmed.startsWith('ptid_') ? trimmed : `ptid_${trimmed}`;
  return sendingMethod === 2 ? `ptid_${urlSafeId(random, 21)}` : null;
}

/** Only active automated tests have a next run; paused, completed and one-time tests show null. */
export function scheduledNextRun(
  test: Pick<PlacementTest, 'type' | 'status' | 'schedule'>,
  now: Date,
  compute: BuildContext['nextRunFor'] = nextRun,
): string | null {
  if (test.type !== 2 || test.status !== 1) return null;
  return compute(test.schedule, now)?.toISOString() ?? null;
}

export function buildPlacementTest(input: CreateInput, ctx: BuildContext): PlacementTest {
  const random = ctx.random ?? systemRandom;
  const labels: RecipientLabel[] = input.recipients_labels ?? [];
  const status = input.status === 2 ? 2 : 1;
  const test: PlacementTest = {
    id: ctx.id,
    organization_id: ctx.organizationId,
    name: input.name,
    delivery_mode: input.delivery_mode ?? null,
    description: input.description ?? null,
    ...(input.schedule ? { schedule: input.schedule } : {}),
    type: input.type,
    sending_method: input.sending_method,
    campaign_id: input.campaign_id ?? null,
    email_subject: input.email_subject,
    email_body: input.email_body,
    emails: input.emails,
    test_code: resolveTestCode(input.sending_method, input.test_code, random),
    tags: input.tags ?? null,
    text_only: input.text_only ?? null,
    recipients: recipientsFor(labels),
    recipients_labels: labels,
    timestamp_created: ctx.now.toISOString(),
    timestamp_next_run: null,
    automations: input.automations ?? null,
    status,
  };
  // `not_sending_status` is the emulator's to work out from the senders (runs/sender-state.ts),
  // never taken from the body; "no problem" is an absent key (docs/api/reference.md §3.1).
  test.timestamp_next_run = scheduledNextRun(test, ctx.now, ctx.nextRunFor);
  return test;
}

/** Memoises nextRun per schedule for one instant: bulk seeding reuses a few dozen schedules. */
export function memoNextRun(): NonNullable<BuildContext['nextRunFor']> {
  const cache = new Map<string, Date | null>();
  return (schedule, now) => {
    const key = `${now.getTime()}|${JSON.stringify(schedule ?? null)}`;
    if (!cache.has(key)) cache.set(key, nextRun(schedule, now));
    return cache.get(key) ?? null;
  };
}
