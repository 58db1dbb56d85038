import type { CreatePlacementTestBody } from '../../../core/contract/placement-test-requests';
import { PLACEMENT_TEST_TYPES, SENDING_METHODS } from '../../../core/contract/placement-tests';
import { toApiAutomation } from '../placement-test-ui/automation-fields/automation-rule';
import { toScheduleInput } from '../placement-test-ui/schedule-fields/schedule-form';
import type { CreateTestFormValues } from './form-schema';

/**
 * The POST body for the wizard's values: only the API's fields (docs/api/reference.md §3.6), only those
 * that apply to this kind of test, and nothing the API would fill in itself.
 */
export function toCreateBody(values: CreateTestFormValues): CreatePlacementTestBody {
  const fromInstantly = values.sending_method === SENDING_METHODS.instantly;
  const automated = values.type === PLACEMENT_TEST_TYPES.automated;
  const body: CreatePlacementTestBody = {
    name: values.name.trim(),
    type: values.type,
    sending_method: values.sending_method,
    email_subject: values.email_subject,
    email_body: values.email_body,
    // Outside sending has no Instantly accounts; the API still requires the array.
    emails: fromInstantly ? [...values.emails] : [],
    recipients_labels: values.recipients_labels.map(({ region, sub_region, type, esp }) => ({
      region,
      sub_region,
      type,
      esp,
    })),
  };
  const description = values.description?.trim();
  if (description) body.description = description;
  if (fromInstantly) {
    if (values.tags?.length) body.tags = [...values.tags];
    if (values.campaign_id) body.campaign_id = values.campaign_id;
    body.delivery_mode = values.delivery_mode ?? 1;
    body.text_only = values.text_only === true;
  } else if (values.test_code.trim()) {
    body.test_code = values.test_code.trim();
  }
  if (automated) {
    body.schedule = toScheduleInput(values.schedule);
    if (values.automations.length > 0) body.automations = values.automations.map(toApiAutomation);
    if (values.run_immediately) body.run_immediately = true;
  } else {
    // A one-time test has no schedule: it runs now. The reference's one-time example body
    // sends `run_immediately: true` (docs/api/reference.md §3.6), so we do the same.
    body.run_immediately = true;
  }
  return body;
}
