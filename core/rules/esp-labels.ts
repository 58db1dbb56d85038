import {
  ESP_CODE_LABELS,
  GEO_CODE_LABELS,
  RECIPIENT_TYPE_LABELS,
  type EspCode,
  type GeoCode,
  type RecipientTypeCode,
} from '../contract/common';

/**
 * Recipient labels and ESP options speak in strings ("Outlook", "US", "Professional"); analytics
 * rows and filters speak in numeric codes (2 = Microsoft, 1 = United States). This maps one to
 * the other. Reference: docs/api/reference.md §2 "two vocabularies", §3.3.
 */

export type LabelLike = { region: string; sub_region: string; type: string; esp: string };

const normalize = (value: string) => value.trim().toLowerCase();

function lookup<C extends number>(labels: Record<C, string>, extra: Record<string, C> = {}): Map<string, C> {
  const entries = Object.entries(labels).map(
    ([code, label]) => [normalize(label as string), Number(code) as C] as const,
  );
  return new Map([...entries, ...Object.entries(extra).map(([k, c]) => [normalize(k), c] as const)]);
}

/** Option strings seen in the wild besides our code labels ([C]: options say "Outlook"). */
const ESP_BY_NAME = lookup(ESP_CODE_LABELS, { Outlook: 2, 'Libero.it': 13 });
/** `sub_region` is an ISO country code in options ("US"); the geo code labels are country names. */
export const SUB_REGION_BY_GEO: Record<GeoCode, string> = { 1: 'US', 2: 'IT', 3: 'DE', 4: 'FR' };
const GEO_BY_NAME = lookup(
  GEO_CODE_LABELS,
  Object.fromEntries(Object.entries(SUB_REGION_BY_GEO).map(([c, s]) => [s, Number(c) as GeoCode])),
);
const TYPE_BY_NAME = lookup(RECIPIENT_TYPE_LABELS);

/** "Google" → 1, "Outlook" or "Microsoft" → 2, case-insensitive; null when unknown. */
export function espCodeFromLabel(esp: string): EspCode | null {
  return ESP_BY_NAME.get(normalize(esp)) ?? null;
}

/** "US" (or "United States") → 1, "IT" → 2, "DE" → 3, "FR" → 4; null when unknown. */
export function geoCodeFromSubRegion(subRegion: string): GeoCode | null {
  return GEO_BY_NAME.get(normalize(subRegion)) ?? null;
}

/** "Professional" → 1, "Personal" → 2; null when unknown. */
export function recipientTypeCode(type: string): RecipientTypeCode | null {
  return TYPE_BY_NAME.get(normalize(type)) ?? null;
}

/** The analytics codes for a label, or null if any part has no code. */
export function labelCodes(label: LabelLike): { esp: EspCode; geo: GeoCode; type: RecipientTypeCode } | null {
  const esp = espCodeFromLabel(label.esp);
  const geo = geoCodeFromSubRegion(label.sub_region);
  const type = recipientTypeCode(label.type);
  return esp && geo && type ? { esp, geo, type } : null;
}

/** Stable identity of a label: "North America|US|Professional|Google". */
export function labelKey(label: LabelLike): string {
  return [label.region, label.sub_region, label.type, label.esp].join('|');
}

/** "Google Professional (US)". */
export function describeLabel(label: LabelLike): string {
  return `${label.esp} ${label.type} (${label.sub_region})`;
}

function uniqueLabels<T extends LabelLike>(labels: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const label of labels) if (!seen.has(labelKey(label))) seen.set(labelKey(label), label);
  return [...seen.values()];
}

const compactLabel = (label: LabelLike) =>
  `${label.esp} ${recipientTypeCode(label.type) === 1 ? 'Pro' : label.type}`;

/**
 * A table-cell summary: the first `max` labels, the sub-region once if they all share it,
 * and "+N" for the rest: "Google Pro, Outlook Pro (US) +2". "—" for none.
 */
export function shortLabels(labels: readonly LabelLike[] | null | undefined, max = 2): string {
  const unique = uniqueLabels(labels ?? []);
  if (unique.length === 0) return '—';
  const shown = unique.slice(0, max);
  const subRegions = new Set(unique.map((l) => l.sub_region));
  const text =
    subRegions.size === 1
      ? `${shown.map(compactLabel).join(', ')} (${unique[0]?.sub_region})`
      : shown.map((l) => `${compactLabel(l)} (${l.sub_region})`).join(', ');
  const rest = unique.length - shown.length;
  return rest > 0 ? `${text} +${rest}` : text;
}

export type EspOptionGroup<T extends LabelLike> = {
  region: string;
  subRegions: { subRegion: string; subRegionLabel: string; options: T[] }[];
};

/** Known codes first in code order (Google, Microsoft, …), then unknown names alphabetically. */
function rank(code: number | null, name: string): [number, string] {
  return [code ?? Number.MAX_SAFE_INTEGER, code === null ? name : ''];
}

function compareRanks(a: [number, string], b: [number, string]): number {
  return a[0] - b[0] || a[1].localeCompare(b[1], 'en');
}

/** Options grouped for the wizard: regions A–Z, sub-regions by country name, then ESP and type. */
export function groupEspOptions<T extends LabelLike>(options: readonly T[]): EspOptionGroup<T>[] {
  const regions = new Map<string, Map<string, T[]>>();
  for (const option of uniqueLabels(options)) {
    const subRegions = regions.get(option.region) ?? new Map<string, T[]>();
    subRegions.set(option.sub_region, [...(subRegions.get(option.sub_region) ?? []), option]);
    regions.set(option.region, subRegions);
  }
  const byOption = (a: T, b: T) =>
    compareRanks(rank(espCodeFromLabel(a.esp), a.esp), rank(espCodeFromLabel(b.esp), b.esp)) ||
    compareRanks(rank(recipientTypeCode(a.type), a.type), rank(recipientTypeCode(b.type), b.type));
  return [...regions.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([region, subRegions]) => ({
      region,
      subRegions: [...subRegions.entries()]
        .map(([subRegion, list]) => {
          const geo = geoCodeFromSubRegion(subRegion);
          return {
            subRegion,
            subRegionLabel: geo ? GEO_CODE_LABELS[geo] : subRegion,
            options: list.sort(byOption),
          };
        })
        .sort((a, b) => a.subRegionLabel.localeCompare(b.subRegionLabel, 'en')),
    }));
}
