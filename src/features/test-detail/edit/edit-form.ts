import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { nonBlank, type PatchPlacementTestBody } from '../../../../core/contract/placement-test-requests';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import {
  automationRuleIssues,
  automationRuleShape,
  fromApiAutomation,
  toApiAutomation,
} from '../../placement-test-ui/automation-fields/automation-rule';
import {
  fromSchedule,
  scheduleFormSchema,
  scheduleFormShape,
  toScheduleInput,
} from '../../placement-test-ui/schedule-fields/schedule-form';

/**
 * The edit drawer's form: what PATCH can change (docs/api/reference.md §3.6: name, description, schedule,
 * automations) with the create form's field groups and rules. Schedule and automations apply to
 * automated tests only. `toPatchBody` sends only what changed.
 */
export const editFormShape = z.object({
  name: nonBlank('name'),
  description: z.string(),
  schedule: scheduleFormShape,
  automations: z.array(automationRuleShape),
});
export type EditFormValues = z.infer<typeof editFormShape>;

export function editFormSchema(automated: boolean) {
  return editFormShape.check(
    z.superRefine((values, ctx) => {
      if (!automated) return;
      const add = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message, input: values });
      const schedule = scheduleFormSchema.safeParse(values.schedule);
      if (!schedule.success)
        for (const issue of schedule.error.issues) add(['schedule', ...issue.path], issue.message);
      values.automations.forEach((rule, i) => {
        for (const issue of automationRuleIssues(rule)) add(['automations', i, ...issue.path], issue.message);
      });
    }),
  );
}

/** See form-schema.ts in the wizard: the contract's input types are `unknown`, the values are not. */
export const editResolver = (automated: boolean) =>
  zodResolver(editFormSchema(automated)) as unknown as Resolver<EditFormValues>;

export function toEditValues(placementTest: PlacementTest): EditFormValues {
  return {
    name: placementTest.name,
    description: placementTest.description ?? '',
    schedule: fromSchedule(placementTest.schedule),
    automations: (placementTest.automations ?? []).map(fromApiAutomation),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The PATCH body with only the fields that differ from the test as stored; null if none do. */
export function toPatchBody(values: EditFormValues, original: PlacementTest): PatchPlacementTestBody | null {
  const body: PatchPlacementTestBody = {};
  const name = values.name.trim();
  if (name !== original.name) body.name = name;
  const description = values.description.trim() || null;
  if (description !== (original.description ?? null)) body.description = description;
  if (original.type === 2) {
    const schedule = toScheduleInput(values.schedule);
    if (!same(schedule, toScheduleInput(fromSchedule(original.schedule)))) body.schedule = schedule;
    const automations = values.automations.map(toApiAutomation);
    const before = (original.automations ?? []).map((a) => toApiAutomation(fromApiAutomation(a)));
    if (!same(automations, before)) body.automations = automations;
  }
  return Object.keys(body).length > 0 ? body : null;
}

/** Fields the drawer shows, so a 400 naming one lands there and any other goes above the buttons. */
export function isEditField(field: string, automated: boolean): boolean {
  if (field === 'name' || field === 'description') return true;
  return automated && (field.startsWith('schedule.') || field.startsWith('automations'));
}
