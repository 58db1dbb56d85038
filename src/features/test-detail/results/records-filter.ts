import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import type { AllRecordsParams } from '../../../api/analytics/queries';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../../../../core/contract/common';
import { placementOf, PLACEMENTS, type Placement } from '../../../../core/rules/placement';
import type { DateRange } from '../../../lib/results/window-dates';

/**
 * The records table's filters. Provider, region, type and sender go to the API (docs/api/reference.md §4.2:
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

/**
 * The filter lives in the detail page's address (`?esp=1,2&geo=3&type=1&sender=…&placement=spam`),
 * so a filtered view can be shared, survives a reload and Back undoes a change. Codes that are
 * not known and placements that do not exist are dropped, never sent to the API.
 */
const CODE_KEYS = { esp: ESP_CODE_LABELS, geo: GEO_CODE_LABELS, type: RECIPIENT_TYPE_LABELS } as const;
const PLACEMENT_VALUES: readonly string[] = [...PLACEMENTS, 'not-received'];

export function parseRecordsFilter(params: URLSearchParams): RecordsFilter {
  const codes = (key: keyof typeof CODE_KEYS) => {
    const known = Object.keys(CODE_KEYS[key]);
    return [...new Set((params.get(key) ?? '').split(','))].filter((code) => known.includes(code)).sort();
  };
  const placement = params.get('placement') ?? 'all';
  return {
    esp: codes('esp'),
    geo: codes('geo'),
    type: codes('type'),
    sender: params.get('sender')?.trim() || null,
    placement: PLACEMENT_VALUES.includes(placement) ? (placement as PlacementFilter) : 'all',
  };
}

/** `previous` with the filter written in (other parameters, such as `window`, kept). */
export function withRecordsFilter(previous: URLSearchParams, f: RecordsFilter): URLSearchParams {
  const next = new URLSearchParams(previous);
  const put = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  put('esp', [...f.esp].sort().join(','));
  put('geo', [...f.geo].sort().join(','));
  put('type', [...f.type].sort().join(','));
  put('sender', f.sender);
  put('placement', f.placement === 'all' ? null : f.placement);
  return next;
}
