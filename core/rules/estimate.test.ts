import { describe, expect, it } from 'vitest';
import { estimateEmails, seedsPerLabel } from './estimate';

const us = { sub_region: 'US' };
const de = { sub_region: 'DE' };

const tueWed = { days: { '2': true, '3': true }, timing: { from: '02:30' }, timezone: 'America/Chihuahua' };
const weekdays = {
  days: { '1': true, '2': true, '3': true, '4': true, '5': true },
  timing: { from: '08:15' },
  timezone: 'Asia/Kolkata',
};

describe('estimateEmails', () => {
  it('assigns 6 seed inboxes per US label and 4 per European one', () => {
    expect(seedsPerLabel(us)).toBe(6);
    expect(seedsPerLabel(de)).toBe(4);
  });

  it('automated: senders × seeds per run, times enabled days per week', () => {
    // 3 senders × (6 US + 4 DE seeds) = 30 per run; Tue + Wed = 60 per week.
    expect(estimateEmails({ senders: 3, labels: [us, de], type: 2, schedule: tueWed })).toEqual({
      seedInboxes: 10,
      perRun: 30,
      perWeek: 60,
    });
    // 1 × (3 × 4 DE) = 12 per run; 5 weekdays = 60.
    expect(estimateEmails({ senders: 1, labels: [de, de, de], type: 2, schedule: weekdays })).toEqual({
      seedInboxes: 12,
      perRun: 12,
      perWeek: 60,
    });
  });

  it('one-time: no weekly figure even with a schedule', () => {
    expect(estimateEmails({ senders: 2, labels: [de], type: 1, schedule: weekdays })).toEqual({
      seedInboxes: 4,
      perRun: 8,
      perWeek: null,
    });
  });

  it('automated with an incomplete schedule: no weekly figure', () => {
    expect(estimateEmails({ senders: 2, labels: [de], type: 2, schedule: { days: { '1': true } } })).toEqual({
      seedInboxes: 4,
      perRun: 8,
      perWeek: null,
    });
    expect(estimateEmails({ senders: 2, labels: [de], type: 2 })).toEqual({
      seedInboxes: 4,
      perRun: 8,
      perWeek: null,
    });
  });

  it('prefers the known seed count of an existing test', () => {
    // 22 seeds (the count [C] observed for 3 labels) × 2 senders; 2 days a week.
    expect(estimateEmails({ senders: 2, labels: [us, us, us], seedInboxes: 22, type: 2, schedule: tueWed })).toEqual({
      seedInboxes: 22,
      perRun: 44,
      perWeek: 88,
    });
  });

  it('treats missing, negative or fractional counts as whole non-negative numbers', () => {
    expect(estimateEmails({ senders: 0, labels: [de, de], type: 1 })).toEqual({
      seedInboxes: 8,
      perRun: 0,
      perWeek: null,
    });
    expect(estimateEmails({ senders: -1.5, labels: [de, de], type: 1 })).toEqual({
      seedInboxes: 8,
      perRun: 0,
      perWeek: null,
    });
    expect(estimateEmails({ senders: Number.NaN, type: 1 })).toEqual({
      seedInboxes: 0,
      perRun: 0,
      perWeek: null,
    });
  });
});
