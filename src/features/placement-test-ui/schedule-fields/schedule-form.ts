import * as z from 'zod/mini';
import { scheduleInputSchema, type ScheduleInput } from '../../../../core/contract/placement-test-requests';
import { WEEKDAY_KEYS, type Schedule, type WeekdayKey } from '../../../../core/contract/placement-tests';
import { closestInstantlyTimezone } from '../../../../core/rules/timezone-choice';

/**
 * The schedule as a form edits it (all seven days present, time as HH:MM, one of Instantly's
 * zones). Shared by the create wizard and the edit drawer: both forms keep it under `schedule`.
 */
export type ScheduleFormValues = {
  days: Record<WeekdayKey, boolean>;
  timing: { from: string };
  timezone: string;
};
export type ScheduleFieldValues = { schedule: ScheduleFormValues };

/** Shape only; the rules (`scheduleFormSchema`) apply when the test is automated. */
export const scheduleFormShape = z.object({
  days: z.record(z.enum(WEEKDAY_KEYS), z.boolean()),
  timing: z.object({ from: z.string() }),
  timezone: z.string(),
});

/** The contract's schedule plus what an automated test needs to run at all. */
export const scheduleFormSchema = scheduleInputSchema.check(
  z.superRefine((schedule, ctx) => {
    if (!Object.values(schedule.days ?? {}).some(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'Pick at least one weekday',
        input: schedule.days,
      });
    }
  }),
);

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function defaultScheduleValues(now = new Date(), zone = browserTimeZone()): ScheduleFormValues {
  return {
    days: { '0': false, '1': false, '2': false, '3': false, '4': false, '5': false, '6': false },
    timing: { from: '09:00' },
    timezone: closestInstantlyTimezone(zone, now),
  };
}

/** The API's `schedule`: every weekday key with its boolean, as in the reference example. */
export function toScheduleInput(values: ScheduleFormValues): ScheduleInput {
  const days = Object.fromEntries(WEEKDAY_KEYS.map((key) => [key, values.days[key] === true]));
  return {
    days,
    timing: { from: values.timing.from },
    timezone: values.timezone as ScheduleInput['timezone'],
  };
}

/** A stored schedule back into form values (missing day keys mean false, docs/api/reference.md §3.2). */
export function fromSchedule(
  schedule: Schedule | null | undefined,
  fallback = defaultScheduleValues(),
): ScheduleFormValues {
  const days = Object.fromEntries(
    WEEKDAY_KEYS.map((key) => [key, schedule?.days?.[key] === true]),
  ) as ScheduleFormValues['days'];
  return {
    days,
    timing: { from: schedule?.timing?.from ?? fallback.timing.from },
    timezone: schedule?.timezone ?? fallback.timezone,
  };
}
