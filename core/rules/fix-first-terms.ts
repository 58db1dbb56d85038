/**
 * The thresholds and list names behind "What to fix first" (ADR 018), apart from the ranking so
 * the screens can say them too.
 */

/** A check passing for fewer of a domain's received emails than this is a finding (the auth table's red). */
export const AUTH_FAILING_BELOW = 90;
/** A sender landing less than this at a provider is spam-bound (sender triage's threshold). */
export const SPAM_BOUND_BELOW = 80;
/** Fewer received emails than this in a sender × provider cell prove nothing either way. */
export const MIN_RECEIVED = 3;
/**
 * An inbox share this many points below the previous window's is a drop. With a few dozen seeds
 * one email moves the share by 2–5 points, so smaller changes are run-to-run noise.
 */
export const DROP_FROM = 10;

/**
 * The lists that major mailbox providers and filtering appliances consult: a listing there costs
 * placement everywhere. Others (UCEPROTECT, SORBS, URIBL, …) are minor. Matched on the DNS zone.
 */
const MAJOR_LISTS: readonly { zone: string; name: string }[] = [
  { zone: 'zen.spamhaus.org', name: 'Spamhaus ZEN' },
  { zone: 'sbl.spamhaus.org', name: 'Spamhaus SBL' },
  { zone: 'xbl.spamhaus.org', name: 'Spamhaus XBL' },
  { zone: 'pbl.spamhaus.org', name: 'Spamhaus PBL' },
  { zone: 'dbl.spamhaus.org', name: 'Spamhaus DBL' },
  { zone: 'b.barracudacentral.org', name: 'Barracuda' },
  { zone: 'bl.spamcop.net', name: 'SpamCop' },
  { zone: 'multi.surbl.org', name: 'SURBL' },
];
const MINOR_NAMES: Record<string, string> = {
  'dnsbl-1.uceprotect.net': 'UCEPROTECT level 1',
  'dnsbl-2.uceprotect.net': 'UCEPROTECT level 2',
  'dnsbl-3.uceprotect.net': 'UCEPROTECT level 3',
  'dnsbl.sorbs.net': 'SORBS',
  'multi.uribl.com': 'URIBL',
};

const zoneOf = (list: string) => list.trim().toLowerCase();

export function isMajorList(list: string): boolean {
  return MAJOR_LISTS.some((m) => m.zone === zoneOf(list));
}

/** "Spamhaus DBL" for dbl.spamhaus.org; an unknown zone as it is. */
export function listName(list: string): string {
  const zone = zoneOf(list);
  return MAJOR_LISTS.find((m) => m.zone === zone)?.name ?? MINOR_NAMES[zone] ?? list;
}

/** Where a major list's name stands in the order above (Spamhaus first), for naming them. */
export function majorRank(name: string): number {
  return MAJOR_LISTS.findIndex((m) => m.name === name);
}
