import { describe, expect, it } from 'vitest';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { editFormSchema, isEditField, toEditValues, toPatchBody } from './edit-form';

const automated: PlacementTest = {
  id: 't1',
  organization_id: 'o',
  name: 'Weekly Gmail check',
  description: null,
  type: 2,
  sending_method: 1,
  email_subject: 'S',
  email_body: 'B',
  emails: ['a@acme.com'],
  recipients: [],
  timestamp_created: '2026-11-01T00:00:00Z',
  schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
  automations: [{ when: { condition: 'placement_goes_below', condition_value: 80 }, then: { pause: true } }],
};

describe('toPatchBody', () => {
  it('sends nothing when nothing changed', () => {
    expect(toPatchBody(toEditValues(automated), automated)).toBeNull();
  });

  it('sends only the fields that changed, the schedule whole', () => {
    const values = toEditValues(automated);
    values.name = '  Weekly Gmail check v2 ';
    values.schedule.days['3'] = true;
    expect(toPatchBody(values, automated)).toEqual({
      name: 'Weekly Gmail check v2',
      schedule: {
        days: { '0': false, '1': true, '2': false, '3': true, '4': false, '5': false, '6': false },
        timing: { from: '09:00' },
        timezone: 'America/Chicago',
      },
    });
  });

  it('clears a description to null and sends changed automations in API shape', () => {
    const values = toEditValues({ ...automated, description: 'Old' });
    values.description = '   ';
    values.automations = [];
    expect(toPatchBody(values, { ...automated, description: 'Old' })).toEqual({
      description: null,
      automations: [],
    });
  });

  it('never sends schedule or automations for a one-time test', () => {
    const oneTime = { ...automated, type: 1 as const, schedule: null };
    const values = toEditValues(oneTime);
    values.schedule.days['2'] = true;
    expect(toPatchBody(values, oneTime)).toBeNull();
  });
});

describe('editFormSchema', () => {
  it('checks name always, schedule and rules only for automated tests', () => {
    const values = toEditValues(automated);
    values.name = ' ';
    values.schedule.days = {
      '0': false,
      '1': false,
      '2': false,
      '3': false,
      '4': false,
      '5': false,
      '6': false,
    };
    values.automations[0]!.pause = false;
    const paths = (automatedTest: boolean) =>
      editFormSchema(automatedTest)
        .safeParse(values)
        .error?.issues.map((i) => i.path.join('.'));
    expect(paths(true)).toEqual(['name', 'schedule.days', 'automations.0.then']);
    expect(paths(false)).toEqual(['name']);
  });

  it('knows which server errors it can show at a field', () => {
    expect(isEditField('schedule.timezone', true)).toBe(true);
    expect(isEditField('schedule.timezone', false)).toBe(false);
    expect(isEditField('email_subject', true)).toBe(false);
  });
});
