import type { AnalyticsRecord } from '../../../api/analytics/schemas';
import type { AllRecordsParams } from '../../../api/analytics/queries';
import { placementOf, type Placement } from '../../../lib/placement';
import type { DateRange } from './results-window';

/**
 * The records table's filters. Provider, region, type and sender go to the API (reference §4.2:
 * comma-separated codes, `sender_email`); placement has no API filter, so it narrows the loaded
 * rows in the browser.
 */
export type PlacementFilter = Placement | 'not-received' | 'all';

export interface RecordsFilter {
  esp: string[];
  geo: string[];
  type: string[];
  sender: string | null;
  placement: PlacementFilter;
}

export const NO_FILTER: RecordsFilter = { esp: [], geo: [], type: [], sender: null, placement: 'all' };

export function recordsParams(testId: string, range: DateRange, f: RecordsFilter): AllRecordsParams {
  const csv = (codes: string[]) => (codes.length ? [...codes].sort().join(',') : undefined);
  return {
    test_id: testId,
    ...range,
    recipient_esp: csv(f.esp),
    recipient_geo: csv(f.geo),
    recipient_type: csv(f.type),
    sender_email: f.sender ?? undefined,
  };
}

export function matchesPlacement(record: AnalyticsRecord, filter: PlacementFilter): boolean {
  if (filter === 'all') return true;
  const placement = placementOf(record);
  return filter === 'not-received' ? placement === null : placement === filter;
}

export function isFiltered(f: RecordsFilter): boolean {
  return f.esp.length + f.geo.length + f.type.length > 0 || f.sender !== null || f.placement !== 'all';
}
