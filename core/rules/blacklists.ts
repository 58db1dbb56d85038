/**
 * DNS blacklists that mailbox providers actually consult. A listing there costs placement; a
 * listing elsewhere (UCEPROTECT, SORBS, URIBL…) is common, often of shared provider IPs, and
 * rarely actionable (docs/product.md, reference §5.1). The Senders and Domains pages count the
 * two apart.
 */
const MAJOR_BLACKLISTS = new Set([
  'zen.spamhaus.org',
  'sbl.spamhaus.org',
  'xbl.spamhaus.org',
  'pbl.spamhaus.org',
  'dbl.spamhaus.org',
  'b.barracudacentral.org',
  'bl.spamcop.net',
  'multi.surbl.org',
]);

export function isMajorBlacklist(zone: string): boolean {
  return MAJOR_BLACKLISTS.has(zone.trim().toLowerCase());
}
