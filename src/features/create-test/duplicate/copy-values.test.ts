import { describe, expect, it } from 'vitest';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { toCreateBody } from '../to-create-body';
import { copiedParts, copyValues } from './copy-values';

const STORED: PlacementTest = {
  id: 't1',
  organization_id: 'o1',
  name: 'Weekly pulse',
  description: 'Monday check',
  type: 2,
  sending_method: 1,
  delivery_mode: 2,
  campaign_id: 'c1',
  email_subject: 'Quick question',
  email_body: '<p>Hi</p>',
  emails: ['jane@acme.test'],
  tags: ['tag-1', 'tag-2'],
  text_only: true,
  test_code: 'ptid_old',
  recipients: ['seed@example.com'],
  recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
  schedule: { days: { '1': true, '5': true }, timing: { from: '07:45' }, timezone: 'Europe/Belgrade' },
  automations: [{ when: { condition: 'added_to_blacklists', condition_value: null }, then: { pause: true, webhook_url: 'https://hooks.example.com/x' } }],
  timestamp_created: '2026-11-01T00:00:00Z',
  status: 1,
};

describe('copyValues', () => {
  it('gives back every create field of the stored test, under a "(copy)" name, without its test code', () => {
    const body = toCreateBody(copyValues(STORED));
    expect(body).toEqual({
      name: 'Weekly pulse (copy)',
      description: 'Monday check',
      type: 2,
      sending_method: 1,
      email_subject: 'Quick question',
      email_body: '<p>Hi</p>',
      emails: ['jane@acme.test'],
      tags: ['tag-1', 'tag-2'],
      campaign_id: 'c1',
      delivery_mode: 2,
      text_only: true,
      recipients_labels: STORED.recipients_labels,
      schedule: {
        days: { '0': false, '1': true, '2': false, '3': false, '4': false, '5': true, '6': false },
        timing: { from: '07:45' },
        timezone: 'Europe/Belgrade',
      },
      automations: [{ when: { condition: 'added_to_blacklists', condition_value: null }, then: { pause: true, webhook_url: 'https://hooks.example.com/x' } }],
    });
  });

  it('leaves schedule and automations at their defaults for a one-time test, and reads a missing list as empty', () => {
    const values = copyValues({ ...STORED, type: 1, tags: null, recipients_labels: null, description: null });
    expect(values).toMatchObject({ type: 1, tags: [], recipients_labels: [], description: '', automations: [] });
    expect(copiedParts({ ...STORED, type: 1, tags: null, campaign_id: null })).toEqual([
      'the description',
      'the type',
      '1 sender account',
      'the subject and body',
      '1 kind of seed inbox',
    ]);
  });
});
