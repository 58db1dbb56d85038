import { render } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { ScheduleCell } from './schedule-cell';

const NOW = new Date('2026-12-05T12:00:00Z'); // a Saturday
const WEEKLY: PlacementTest = {
  id: 't1',
  organization_id: 'o1',
  name: 'Weekly pulse',
  type: 2,
  sending_method: 1,
  email_subject: 'Quick question',
  email_body: '<p>Hi</p>',
  emails: ['jane@acme.test'],
  recipients: ['seed@example.com'],
  recipients_labels: [],
  schedule: { days: { '1': true }, timing: { from: '09:00' }, timezone: 'America/Chicago' },
  timestamp_created: '2026-11-01T00:00:00Z',
  status: 1,
};

const cellText = (placementTest: PlacementTest) =>
  render(<ScheduleCell placementTest={placementTest} now={NOW} />).container.textContent;

afterEach(() => vi.restoreAllMocks());

describe('ScheduleCell', () => {
  it('gives an automated test its days and time, its zone, then its next run in that zone', () => {
    expect(cellText(WEEKLY)).toBe('Every Monday at 09:00America/ChicagoNext Mon 7 Dec, 09:00, in 2 days');
  });

  it('leaves the next run out for a paused test, which does not run', () => {
    expect(cellText({ ...WEEKLY, status: 2 })).toBe('Every Monday at 09:00America/Chicago');
  });

  it('says "your time" when this browser does not know the schedule’s zone', () => {
    const RealFormat = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      locale?: Intl.LocalesArgument,
      options?: Intl.DateTimeFormatOptions,
    ) {
      if (options?.timeZone === 'Pacific/Auckland') throw new RangeError('Invalid time zone');
      return new RealFormat(locale as string, options);
    } as unknown as typeof Intl.DateTimeFormat);
    // The API's next run (computing one from the schedule needs the zone too).
    const auckland = {
      ...WEEKLY,
      schedule: { ...WEEKLY.schedule!, timezone: 'Pacific/Auckland' },
      timestamp_next_run: '2026-12-06T20:00:00Z',
    };
    expect(cellText(auckland)).toMatch(
      /^Every Monday at 09:00Pacific\/AucklandNext (Sun 6|Mon 7) Dec, \d\d:\d\d your time, in 1 day$/,
    );
  });

  it('gives a schedule it cannot read as such, with the next run the API gives', () => {
    const unreadable = { ...WEEKLY, schedule: { ...WEEKLY.schedule!, days: {} }, timestamp_next_run: '2026-12-07T15:00:00Z' };
    expect(cellText({ ...unreadable, timestamp_next_run: null })).toBe('Not scheduled');
    expect(cellText(unreadable)).toMatch(/^Next Mon 7 Dec, 09:00Chicago time, in 2 days$/);
  });

  it('gives a one-time test only its next run, in the viewer’s time, or a dash before it has one', () => {
    const oneTime = { ...WEEKLY, type: 1 as const, schedule: null, timestamp_next_run: '2026-12-05T15:00:00Z' };
    expect(cellText(oneTime)).toMatch(/^Next (Sat 5|Sun 6) Dec, \d\d:\d\dyour time, in 3 h$/);
    expect(cellText({ ...oneTime, timestamp_next_run: null })).toBe('—');
  });
});
