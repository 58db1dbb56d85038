import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { patchPlacementTestBodySchema } from '../../../core/contract/placement-test-requests';
import type * as z from 'zod/mini';
import { badRequest } from '../http-errors';
import { scheduledNextRun } from '../store/placement-test-factory';

/**
 * PATCH rules (docs/api/reference.md §3.6; status rules are [I]): name, description, schedule (replaced
 * whole), automations and status change; 1 ↔ 2 pauses/resumes, 3 completes, and a completed
 * test stays completed. The next run is recomputed from the result.
 */
export type PatchInput = z.output<typeof patchPlacementTestBodySchema>;

function checkAutomatedSchedule(schedule: NonNullable<PatchInput['schedule']>): void {
  if (!schedule.days || !Object.values(schedule.days).some(Boolean)) {
    throw badRequest('body/schedule/days must enable at least one weekday for an automated test');
  }
  if (!schedule.timing?.from) throw badRequest('body/schedule/timing/from is required for an automated test');
  if (!schedule.timezone) throw badRequest('body/schedule/timezone is required for an automated test');
}

export function applyPatch(test: PlacementTest, patch: PatchInput, now: Date): PlacementTest {
  const next: PlacementTest = { ...test };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.schedule !== undefined) {
    if (test.type === 2) checkAutomatedSchedule(patch.schedule);
    next.schedule = patch.schedule;
  }
  if (patch.automations !== undefined) next.automations = patch.automations;
  if (patch.status != null && patch.status !== test.status) {
    if (test.status === 3) {
      throw badRequest(
        patch.status === 1 ? 'A completed test cannot be resumed' : 'A completed test cannot be paused',
      );
    }
    next.status = patch.status;
  }
  next.timestamp_next_run = scheduledNextRun(next, now);
  return next;
}
