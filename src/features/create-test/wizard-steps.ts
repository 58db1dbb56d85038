import { PLACEMENT_TEST_TYPES } from '../../../core/contract/placement-tests';
import type { CreateTestFormValues } from './form-schema';

export type StepId = 'basics' | 'sending' | 'content' | 'recipients' | 'schedule' | 'automations' | 'review';

type TopField = keyof CreateTestFormValues;

export type WizardStep = {
  id: StepId;
  label: string;
  description: string;
  /** The form fields "Next" validates on this step. */
  fields: TopField[];
  automatedOnly?: boolean;
};

export const REVIEW_STEP: WizardStep = {
  id: 'review',
  label: 'Review',
  description: 'Check and create',
  fields: [],
};

export const WIZARD_STEPS: readonly WizardStep[] = [
  { id: 'basics', label: 'Basics', description: 'Name and type', fields: ['name', 'description', 'type'] },
  {
    id: 'sending',
    label: 'Sending',
    description: 'Who sends',
    fields: ['sending_method', 'emails', 'tags', 'campaign_id', 'delivery_mode', 'text_only', 'test_code'],
  },
  {
    id: 'content',
    label: 'Content',
    description: 'Subject and body',
    fields: ['email_subject', 'email_body'],
  },
  { id: 'recipients', label: 'Recipients', description: 'Seed inboxes', fields: ['recipients_labels'] },
  {
    id: 'schedule',
    label: 'Schedule',
    description: 'When it runs',
    fields: ['schedule', 'run_immediately'],
    automatedOnly: true,
  },
  {
    id: 'automations',
    label: 'Automations',
    description: 'Optional rules',
    fields: ['automations'],
    automatedOnly: true,
  },
  REVIEW_STEP,
];

export function visibleSteps(type: number | undefined): WizardStep[] {
  return WIZARD_STEPS.filter((step) => !step.automatedOnly || type === PLACEMENT_TEST_TYPES.automated);
}

/** The step that holds a form field ("schedule.timing.from" → schedule), or undefined. */
export function stepOfField(field: string): StepId | undefined {
  const top = field.split('.')[0];
  return WIZARD_STEPS.find((step) => step.fields.some((f) => f === top))?.id;
}
