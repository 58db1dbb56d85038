import { PLACEMENT_TEST_TYPES } from '../contract/placement-tests';
import { parseSchedule, type ScheduleLike } from './schedule';

/**
 * Seed inboxes assigned per recipient label. The real API does not document the number
 * ([C] saw about 22 seeds for 3 US labels, ~7 each), so this is our estimate: the US pool is
 * bigger. The emulator generates `recipients` with this same function, so the wizard's
 * estimate matches what it creates.
 */
export const SEEDS_PER_US_LABEL = 6;
export const SEEDS_PER_OTHER_LABEL = 4;
export function seedsPerLabel(label: { sub_region: string }): number {
  return label.sub_region === 'US' ? SEEDS_PER_US_LABEL : SEEDS_PER_OTHER_LABEL;
}

export type EmailEstimateInput = {
  /** Sending accounts (`emails`). */
  senders: number;
  /** Recipient labels chosen; ignored when `seedInboxes` is given. */
  labels?: readonly { sub_region: string }[];
  /** Actual seed count when known (an existing test's `recipients.length`). */
  seedInboxes?: number;
  /** 1 one-time, 2 automated. */
  type: number;
  schedule?: ScheduleLike;
};

export type EmailEstimate = { seedInboxes: number; perRun: number; perWeek: number | null };

const count = (n: number | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;

/**
 * Each run sends one email from every sender to every seed inbox. `perWeek` is null for a
 * one-time test or an incomplete schedule. `run_immediately` adds one extra run at creation;
 * it is a one-off, so it is not counted in `perWeek`.
 */
export function estimateEmails(input: EmailEstimateInput): EmailEstimate {
  const seedInboxes =
    input.seedInboxes === undefined
      ? (input.labels ?? []).reduce((sum, label) => sum + seedsPerLabel(label), 0)
      : count(input.seedInboxes);
  const perRun = count(input.senders) * seedInboxes;
  const schedule = input.type === PLACEMENT_TEST_TYPES.automated ? parseSchedule(input.schedule) : null;
  return { seedInboxes, perRun, perWeek: schedule ? perRun * schedule.days.length : null };
}
