import { describe, expect, it } from 'vitest';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { isFiltered, matchesPlacement, NO_FILTER, parseRecordsFilter, recordsParams, withRecordsFilter } from './records-filter';

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

  it('reads the filter from the address, dropping what is not a known code or placement', () => {
    const params = new URLSearchParams('window=7d&esp=2,1,2,99&geo=&type=personal&sender=%20a@b.com%20&placement=junk');
    expect(parseRecordsFilter(params)).toEqual({ esp: ['1', '2'], geo: [], type: [], sender: 'a@b.com', placement: 'all' });
    expect(parseRecordsFilter(new URLSearchParams('placement=not-received')).placement).toBe('not-received');
    expect(parseRecordsFilter(new URLSearchParams())).toEqual(NO_FILTER);
  });

  it('writes it back next to the other parameters, leaving out what is not set', () => {
    const filter = { ...NO_FILTER, esp: ['12', '1'], sender: 'a@b.com', placement: 'spam' as const };
    const written = withRecordsFilter(new URLSearchParams('window=all&tab=results'), filter);
    expect(written.toString()).toBe('window=all&tab=results&esp=1%2C12&sender=a%40b.com&placement=spam');
    expect(parseRecordsFilter(written)).toEqual({ ...filter, esp: ['1', '12'] });
    expect(withRecordsFilter(written, NO_FILTER).toString()).toBe('window=all&tab=results');
  });
});
