import { describe, expect, it } from 'vitest';
import type { AnalyticsRecord } from '../../../api/analytics/schemas';
import { isFiltered, matchesPlacement, NO_FILTER, recordsParams } from './records-filter';

describe('records filter', () => {
  it('sends provider, region, type and sender to the API as comma-separated codes', () => {
    expect(
      recordsParams(
        't',
        { date_from: '2026-11-16', date_to: '2026-11-16' },
        { ...NO_FILTER, esp: ['2', '1'], sender: 'a@b.com' },
      ),
    ).toEqual({
      test_id: 't',
      date_from: '2026-11-16',
      date_to: '2026-11-16',
      recipient_esp: '1,2',
      recipient_geo: undefined,
      recipient_type: undefined,
      sender_email: 'a@b.com',
    });
  });

  it('filters placement in the browser, with "not received" for sent rows', () => {
    const base = {
      id: 'r',
      timestamp_created: '',
      timestamp_created_date: '',
      organization_id: 'o',
      test_id: 't',
    };
    const spam = { ...base, record_type: 2, is_spam: true } as AnalyticsRecord;
    const sent = { ...base, record_type: 1 } as AnalyticsRecord;
    expect(matchesPlacement(spam, 'spam')).toBe(true);
    expect(matchesPlacement(spam, 'inbox')).toBe(false);
    expect(matchesPlacement(sent, 'not-received')).toBe(true);
    expect(matchesPlacement(sent, 'all')).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, placement: 'spam' })).toBe(true);
  });
});
