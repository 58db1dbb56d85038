import { hashSeed } from '../random';

/**
 * What decides how a sending domain lands: a reputation per recipient provider (one domain can
 * be fine at Google and in spam at Microsoft), whether its DMARC record aligns, and the IP it
 * sends from. The demo's four domains each tell a story; any other domain gets stable values
 * derived from its name, so results are the same on every machine.
 */
export interface DomainProfile {
  /** Probability of avoiding the spam folder, per recipient ESP code (1 Google, 2 Microsoft, …). */
  reputation: Record<number, number>;
  /** False: no DMARC record, or one that does not align (most mail fails DMARC). */
  dmarcAligned: boolean;
  ip: string;
}

const ESPS = [1, 2, 8, 12, 13] as const;
const all = (value: number, overrides: Record<number, number> = {}) => ({
  ...Object.fromEntries(ESPS.map((esp) => [esp, value])),
  ...overrides,
});

// Google Workspace and Microsoft 365 send from shared ranges; Northwind has its own server.
const PROFILES: Record<string, DomainProfile> = {
  'acme-outbound.com': { reputation: all(0.95, { 2: 0.9 }), dmarcAligned: true, ip: '209.85.220.41' },
  'getacme.io': { reputation: all(0.85, { 1: 0.93, 2: 0.55 }), dmarcAligned: true, ip: '40.107.22.94' },
  'northwind-mail.co': {
    reputation: all(0.6, { 1: 0.66, 2: 0.5 }),
    dmarcAligned: false,
    ip: '198.51.100.23',
  },
  'brightleaf-sales.com': {
    reputation: all(0.88, { 12: 0.7, 13: 0.74 }),
    dmarcAligned: true,
    ip: '40.107.8.117',
  },
};

function derivedIp(domain: string): string {
  const h = hashSeed(`ip|${domain}`);
  const a = (h >>> 8) % 250;
  const b = (h >>> 16) % 250;
  return [`209.85.220.${a}`, `40.107.${a}.${b}`, `203.0.113.${a}`][h % 3] as string;
}

export function domainProfile(domain: string): DomainProfile {
  const known = PROFILES[domain];
  if (known) return known;
  const base = 0.6 + (hashSeed(domain) % 35) / 100;
  const reputation = Object.fromEntries(
    ESPS.map((esp) => [esp, Math.min(0.97, base + ((hashSeed(`${domain}|${esp}`) % 21) - 10) / 100)]),
  );
  return { reputation, dmarcAligned: hashSeed(`dmarc|${domain}`) % 5 !== 0, ip: derivedIp(domain) };
}

/** The domain's reputation at one recipient ESP (0–1). */
export function reputationAt(domain: string, esp: number): number {
  return domainProfile(domain).reputation[esp] ?? 0.8;
}

/** The domain's reputation averaged over providers: what content filters and blacklists see. */
export function overallReputation(domain: string): number {
  const values = Object.values(domainProfile(domain).reputation);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function domainOf(email: string): string {
  return email.split('@')[1]?.toLowerCase() ?? email.toLowerCase();
}
