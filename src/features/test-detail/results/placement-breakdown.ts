import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { ESP_CODE_LABELS, GEO_CODE_LABELS, RECIPIENT_TYPE_LABELS } from '../../../../core/contract/common';
import { addRecord, emptyCounts, landedPercent, type PlacementCounts } from '../../../lib/results/sender-triage';

/** Placement per recipient provider, region or inbox type, worst first, from the window's records. */
export type Dimension = 'provider' | 'region' | 'type';
export const DIMENSION_LABELS: Record<Dimension, string> = {
  provider: 'Provider',
  region: 'Region',
  type: 'Inbox type',
};

export interface PlacementGroup extends PlacementCounts {
  key: number;
  label: string;
  inboxPercent: number | null;
  categoryPercent: number | null;
  spamPercent: number | null;
  landedPercent: number | null;
}

const FIELD = { provider: 'recipient_esp', region: 'recipient_geo', type: 'recipient_type' } as const;
const LABELS: Record<Dimension, Record<number, string>> = {
  provider: ESP_CODE_LABELS,
  region: GEO_CODE_LABELS,
  type: RECIPIENT_TYPE_LABELS,
};

export const percentOf = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

export function groupPlacement(records: readonly AnalyticsRecord[], dimension: Dimension): PlacementGroup[] {
  const groups = new Map<number, PlacementCounts>();
  for (const record of records) {
    const key = record[FIELD[dimension]];
    if (key === null || key === undefined) continue;
    let counts = groups.get(key);
    if (!counts) groups.set(key, (counts = emptyCounts()));
    addRecord(counts, record);
  }
  return [...groups.entries()]
    .map(([key, c]) => ({
      key,
      label: LABELS[dimension][key] ?? `Code ${key}`,
      ...c,
      inboxPercent: percentOf(c.inbox, c.received),
      categoryPercent: percentOf(c.category, c.received),
      spamPercent: percentOf(c.spam, c.received),
      landedPercent: landedPercent(c),
    }))
    .sort((a, b) => (a.landedPercent ?? 101) - (b.landedPercent ?? 101) || a.key - b.key);
}
