import { describe, expect, it } from 'vitest';
import { fieldErrorFromApiMessage } from './server-errors';

describe('fieldErrorFromApiMessage', () => {
  it.each([
    ['body/email_subject must not be empty', 'email_subject', 'Must not be empty'],
    ["body must have required property 'name'", 'name', 'Required'],
    [
      'body/schedule/timing/from must be a 24-hour time HH:MM',
      'schedule.timing.from',
      'Must be a 24-hour time HH:MM',
    ],
    [
      'body/schedule/timezone must be one of Instantly’s 102 allowed timezones',
      'schedule.timezone',
      'Must be one of Instantly’s 102 allowed timezones',
    ],
    [
      'body/schedule/days must enable at least one weekday',
      'schedule.days',
      'Must enable at least one weekday',
    ],
    [
      'body/emails must list at least one sending account',
      'emails',
      'Must list at least one sending account',
    ],
    ['body/emails/1 must hold email addresses', 'emails', 'Must hold email addresses'],
    [
      'body/recipients_labels/0/esp must NOT have fewer than 1 characters',
      'recipients_labels',
      'Must NOT have fewer than 1 characters',
    ],
    [
      'body/automations/0/then/webhook_url must be an http(s) URL',
      'automations.0.webhook_url',
      'Must be an http(s) URL',
    ],
    [
      'body/automations/2/then must NOT have fewer than 1 properties',
      'automations.2.then',
      'Must NOT have fewer than 1 properties',
    ],
    [
      'body/automations/0/when/condition_value must be <= 100',
      'automations.0.condition_value',
      'Must be <= 100',
    ],
    [
      'body/automations/1/then/pause_sending_campaigns_for must be > 0',
      'automations.1.pause_campaigns_days',
      'Must be > 0',
    ],
    ['body/test_code must match pattern "^ptid_"', 'test_code', 'Must match pattern "^ptid_"'],
  ])('%s → %s', (message, field, text) => {
    expect(fieldErrorFromApiMessage(message)).toEqual({ field, message: text });
  });

  it('returns null when no form field is named', () => {
    expect(fieldErrorFromApiMessage("body must NOT have additional properties ('foo')")).toBeNull();
    expect(fieldErrorFromApiMessage('Workspace does not have an active paid plan')).toBeNull();
    expect(fieldErrorFromApiMessage('body/foo must be string')).toBeNull();
  });
});
