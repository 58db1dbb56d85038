import * as z from 'zod/mini';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import {
  createPlacementTestBaseSchema,
  recipientLabelSchema,
} from '../../../core/contract/placement-test-requests';
import { PLACEMENT_TEST_TYPES, SENDING_METHODS } from '../../../core/contract/placement-tests';
import {
  automationRuleIssues,
  automationRuleShape,
} from '../placement-test-ui/automation-fields/automation-rule';
import {
  defaultScheduleValues,
  scheduleFormSchema,
  scheduleFormShape,
} from '../placement-test-ui/schedule-fields/schedule-form';

/**
 * The wizard's form: the contract's create fields (same names, same checks) plus the wizard's
 * own shapes for schedule and automations. Groups that only apply to some tests (schedule and
 * automations for automated tests, the test code for outside sending) are checked only then, so
 * a value left in a hidden step never blocks the user. `toCreateBody` makes the API body.
 */
const contractFields = z.pick(createPlacementTestBaseSchema, {
  name: true,
  description: true,
  type: true,
  sending_method: true,
  email_subject: true,
  email_body: true,
  emails: true,
  tags: true,
  campaign_id: true,
  delivery_mode: true,
  text_only: true,
  run_immediately: true,
});

const testCodeSchema = createPlacementTestBaseSchema.shape.test_code;

export const createTestFormShape = z.extend(contractFields, {
  test_code: z.string(),
  recipients_labels: z.array(recipientLabelSchema),
  schedule: scheduleFormShape,
  automations: z.array(automationRuleShape),
});

type Shape = z.infer<typeof createTestFormShape>;

function wizardRules(values: Shape, ctx: z.core.$RefinementCtx<Shape>) {
  const add = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message, input: values });
  if (
    values.sending_method === SENDING_METHODS.instantly &&
    values.emails.length === 0 &&
    !values.tags?.length
  ) {
    add(['emails'], 'Pick at least one sender account or tag');
  }
  if (values.sending_method === SENDING_METHODS.outside) {
    const code = testCodeSchema.safeParse(values.test_code);
    if (!code.success) add(['test_code'], code.error.issues[0]?.message ?? 'Invalid test code');
  }
  if (values.recipients_labels.length === 0)
    add(['recipients_labels'], 'Choose at least one kind of seed inbox');
  if (values.type !== PLACEMENT_TEST_TYPES.automated) return;
  const schedule = scheduleFormSchema.safeParse(values.schedule);
  if (!schedule.success)
    for (const issue of schedule.error.issues) add(['schedule', ...issue.path], issue.message);
  values.automations.forEach((rule, index) => {
    for (const issue of automationRuleIssues(rule)) add(['automations', index, ...issue.path], issue.message);
  });
}

export const createTestFormSchema = createTestFormShape.check(z.superRefine(wizardRules));
export type CreateTestFormValues = z.infer<typeof createTestFormSchema>;

export function defaultFormValues(now = new Date()): CreateTestFormValues {
  return {
    name: '',
    description: '',
    type: PLACEMENT_TEST_TYPES.oneTime,
    sending_method: SENDING_METHODS.instantly,
    emails: [],
    tags: [],
    campaign_id: null,
    delivery_mode: 1,
    text_only: false,
    test_code: '',
    email_subject: '',
    email_body: '',
    recipients_labels: [],
    schedule: defaultScheduleValues(now),
    run_immediately: false,
    automations: [],
  };
}

/**
 * The resolver for `useForm`. The contract's `literalUnion` types its input as `unknown`, which
 * would make the form's input type unusable; the form holds output-shaped values throughout
 * (the only transform is trimming), so input and output are the same type here.
 */
export const createTestResolver = zodResolver(
  createTestFormSchema,
) as unknown as Resolver<CreateTestFormValues>;
