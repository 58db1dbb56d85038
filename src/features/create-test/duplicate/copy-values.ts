import { PLACEMENT_TEST_TYPES, SENDING_METHODS, type PlacementTest } from '../../../../core/contract/placement-tests';
import { fromApiAutomation } from '../../placement-test-ui/automation-fields/automation-rule';
import { fromSchedule } from '../../placement-test-ui/schedule-fields/schedule-form';
import { defaultFormValues, type CreateTestFormValues } from '../form-schema';

/**
 * The wizard's values for a copy of a test (ADR 018): every field the create body takes, from the
 * stored test. Not copied: the test code (each test needs its own; left blank, Instantly makes
 * one) and `run_immediately` (a choice about the new test, not a property of the old one).
 */
export function copyValues(source: PlacementTest, now = new Date()): CreateTestFormValues {
  const defaults = defaultFormValues(now);
  const automated = source.type === PLACEMENT_TEST_TYPES.automated;
  return {
    ...defaults,
    name: `${source.name} (copy)`,
    description: source.description ?? '',
    type: source.type,
    sending_method: source.sending_method,
    emails: [...source.emails],
    tags: [...(source.tags ?? [])],
    campaign_id: source.campaign_id ?? null,
    delivery_mode: source.delivery_mode ?? defaults.delivery_mode,
    text_only: source.text_only === true,
    email_subject: source.email_subject,
    email_body: source.email_body,
    recipients_labels: (source.recipients_labels ?? []).map(({ region, sub_region, type, esp }) => ({
      region,
      sub_region,
      type,
      esp,
    })),
    schedule: automated ? fromSchedule(source.schedule, defaults.schedule) : defaults.schedule,
    automations: automated ? (source.automations ?? []).map(fromApiAutomation) : [],
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What was copied, in words, for the note above the wizard. */
export function copiedParts(source: PlacementTest): string[] {
  const parts = ['the description', 'the type'];
  if (source.sending_method === SENDING_METHODS.instantly) {
    const senders = [
      source.emails.length ? count(source.emails.length, 'sender account') : null,
      source.tags?.length ? count(source.tags.length, 'sender tag') : null,
    ].filter(Boolean);
    parts.push(senders.length ? senders.join(' and ') : 'the senders');
    if (source.campaign_id) parts.push('the campaign');
  } else {
    parts.push('sending from outside Instantly');
  }
  parts.push('the subject and body', count(source.recipients_labels?.length ?? 0, 'kind of seed inbox', 'kinds of seed inbox'));
  if (source.type === PLACEMENT_TEST_TYPES.automated) {
    parts.push('the schedule', count(source.automations?.length ?? 0, 'automation'));
  }
  return parts;
}
