import { describe, expect, it } from 'vitest';
import { withViewerTimeZone } from '../../../lib/format';
import { formatCreated } from './cell-format';

describe('formatCreated', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('leaves out the year for dates in the current year, and only then', () => {
    expect(formatCreated('2026-03-14T09:00:00Z', now)).toBe('14 Mar');
    expect(formatCreated('2025-12-03T09:00:00Z', now)).toBe('3 Dec 2025');
    expect(formatCreated('2027-01-02T09:00:00Z', now)).toBe('2 Jan 2027');
  });

  it('decides the year in the viewer’s time zone', () => {
    // 31 Dec 2025, 23:30 UTC is already 1 Jan 2026 in Tokyo: the current year there.
    const newYear = new Date('2026-01-01T06:00:00Z');
    expect(withViewerTimeZone('Asia/Tokyo', () => formatCreated('2025-12-31T23:30:00Z', newYear))).toBe(
      '1 Jan',
    );
    expect(withViewerTimeZone('America/Chicago', () => formatCreated('2025-12-31T23:30:00Z', newYear))).toBe(
      '31 Dec 2025',
    );
  });

  it('shows a dash for a missing or broken date', () => {
    expect(formatCreated('', now)).toBe('—');
    expect(formatCreated('not a date', now)).toBe('—');
  });
});
