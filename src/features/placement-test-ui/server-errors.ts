import { RULE_FIELD_BY_API_KEY } from './automation-fields/automation-rule';
import { humanizeMessage } from '../../components/form/error-text';

/**
 * Where a 400 from POST or PATCH /inbox-placement-tests belongs in a test form (the wizard, the
 * edit drawer). The API names the field
 * in AJV style (docs/api/reference.md §1 "Error body"): `body/email_subject must not be empty`,
 * `body must have required property 'name'`, `body/automations/0/then/webhook_url …`.
 */
export type FieldError = { field: string; message: string };

/** Top-level body keys that are form fields under the same name. */
const DIRECT_FIELDS = new Set([
  'name',
  'description',
  'type',
  'sending_method',
  'email_subject',
  'email_body',
  'emails',
  'tags',
  'campaign_id',
  'delivery_mode',
  'text_only',
  'test_code',
  'recipients_labels',
  'run_immediately',
]);

function fieldOfPath(segments: string[]): string | undefined {
  const [top, second, third, fourth] = segments;
  if (!top) return undefined;
  if (DIRECT_FIELDS.has(top)) return top;
  if (top === 'schedule') {
    if (second === 'timing') return 'schedule.timing.from';
    if (second === 'timezone') return 'schedule.timezone';
    return 'schedule.days';
  }
  if (top === 'automations') {
    if (second === undefined || !/^\d+$/.test(second)) return 'automations';
    const key = fourth ?? (third === 'when' ? 'condition' : 'then');
    return `automations.${second}.${RULE_FIELD_BY_API_KEY[key] ?? 'then'}`;
  }
  return undefined;
}

/** The form field and message for an API validation message, or null if it names none. */
export function fieldErrorFromApiMessage(message: string): FieldError | null {
  const required = /^body must have required property '([^']+)'/.exec(message);
  if (required?.[1]) {
    const field = fieldOfPath([required[1]]);
    return field ? { field, message: 'Required' } : null;
  }
  const named = /^body\/(\S+) /.exec(message);
  if (!named?.[1]) return null;
  const segments = named[1].split('/');
  // "body/automations/0 must have required property 'then'" names the missing key.
  const missing = /must have required property '([^']+)'/.exec(message)?.[1];
  const field = fieldOfPath(missing ? [...segments, missing] : segments);
  return field ? { field, message: humanizeMessage(message) } : null;
}
