import { seedsPerLabel } from '../../core/rules/estimate';
import type { EspOption, RecipientLabel } from '../../core/contract/placement-tests';
import { labelCodes, labelKey } from '../../core/rules/esp-labels';

/**
 * The seed-inbox catalogue: what GET …/email-service-provider-options returns and which seed
 * addresses each option sends to. Options use strings, analytics use numeric codes (reference
 * §2 "two vocabularies"); the string → code mapping is core/rules/esp-labels.ts.
 */
const option = (region: string, sub_region: string, type: string, esp: string): EspOption => ({
  region,
  sub_region,
  type,
  esp,
});

export const ESP_OPTIONS: readonly EspOption[] = [
  option('North America', 'US', 'Professional', 'Google'),
  option('North America', 'US', 'Personal', 'Google'),
  option('North America', 'US', 'Professional', 'Outlook'),
  option('North America', 'US', 'Personal', 'Outlook'),
  option('Europe', 'DE', 'Personal', 'Web.de'),
  option('Europe', 'DE', 'Professional', 'Google'),
  option('Europe', 'DE', 'Professional', 'Outlook'),
  option('Europe', 'IT', 'Personal', 'Libero'),
  option('Europe', 'IT', 'Professional', 'Google'),
  option('Europe', 'FR', 'Professional', 'Google'),
  option('Europe', 'FR', 'Personal', 'Outlook'),
];

const OPTION_KEYS = new Set(ESP_OPTIONS.map(labelKey));
export function isKnownLabel(label: RecipientLabel): boolean {
  return OPTION_KEYS.has(labelKey(label));
}

const ESP_LETTER: Record<string, string> = { Google: 'g', Outlook: 'o', 'Web.de': 'w', Libero: 'l' };

/** Seed inbox domains: Workspace/365 tenants for professional seeds, the public services for personal ones. */
function seedDomain(label: RecipientLabel): string {
  if (label.esp === 'Google') return label.type === 'Professional' ? 'ipseeds-workspace.com' : 'gmail.com';
  if (label.esp === 'Outlook') {
    if (label.type === 'Professional') return 'ipseeds365.onmicrosoft.com';
    return label.sub_region === 'FR' ? 'hotmail.fr' : 'outlook.com';
  }
  if (label.esp === 'Web.de') return 'web.de';
  if (label.esp === 'Libero') return 'libero.it';
  return 'ipseeds.net';
}


export interface SeedInbox {
  email: string;
  esp: number;
  geo: number;
  type: number;
}

export function seedInboxes(label: RecipientLabel): SeedInbox[] {
  const letter = ESP_LETTER[label.esp] ?? 'x';
  const kind = label.type === 'Professional' ? 'pro' : 'per';
  const region = label.sub_region.toLowerCase();
  const domain = seedDomain(label);
  const codes = labelCodes(label) ?? { esp: 1, geo: 1, type: 1 };
  return Array.from({ length: seedsPerLabel(label) }, (_, i) => ({
    email: `ip-seed-${letter}-${kind}-${region}-${i + 1}@${domain}`,
    ...codes,
  }));
}

/** Deterministic: the same labels always give the same addresses, in label order. */
export function recipientsFor(labels: readonly RecipientLabel[]): string[] {
  return [...new Set(labels.flatMap((l) => seedInboxes(l).map((s) => s.email)))];
}

/** Reverse lookup used by the run generator. */
export function seedInboxByEmail(): Map<string, SeedInbox> {
  return new Map(ESP_OPTIONS.flatMap((o) => seedInboxes(o).map((s) => [s.email, s] as const)));
}
