import { describe, expect, it } from 'vitest';
import { stepOfField } from './wizard-steps';

describe('stepOfField', () => {
  it('finds the step of each field', () => {
    expect(stepOfField('email_subject')).toBe('content');
    expect(stepOfField('schedule.timing.from')).toBe('schedule');
    expect(stepOfField('automations.0.webhook_url')).toBe('automations');
    expect(stepOfField('test_code')).toBe('sending');
    expect(stepOfField('nope')).toBeUndefined();
  });
});
