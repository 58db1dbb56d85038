import { chance, hashSeed, type Random } from './random';

/**
 * The per-domain report of a run (reference §5.1): a SpamAssassin verdict with its rule hits and
 * a blacklist check. Shared Google/Microsoft IPs sometimes sit on minor lists (UCEPROTECT level
 * 3), the noise users ask to have explained (PRODUCT.md).
 */
const RULES = [
  { description: 'BODY', name: 'HTML_MESSAGE', score: 0 },
  { description: 'HEADER', name: 'DKIM_SIGNED', score: 0.1 },
  { description: 'HEADER', name: 'DKIM_VALID', score: -0.1 },
  { description: 'HEADER', name: 'DKIM_VALID_AU', score: -0.1 },
  { description: 'HEADER', name: 'SPF_PASS', score: -0.001 },
  { description: 'HEADER', name: 'SPF_HELO_NONE', score: 0.001 },
  { description: 'BODY', name: 'T_REMOTE_IMAGE', score: 0.01 },
  { description: 'BODY', name: 'HTML_IMAGE_RATIO_02', score: 0.805 },
  { description: 'HEADER', name: 'MISSING_MID', score: 0.14 },
  { description: 'URI', name: 'URI_HEX', score: 0.1 },
  { description: 'BODY', name: 'BAYES_50', score: 0.8 },
  { description: 'HEADER', name: 'RDNS_NONE', score: 0.793 },
];
const BAD_RULES = [
  { description: 'URI', name: 'URIBL_DBL_SPAM', score: 2.5 },
  { description: 'BODY', name: 'BAYES_99', score: 3.5 },
  { description: 'HEADER', name: 'DKIM_INVALID', score: 0.1 },
];

export function spamAssassinReport(random: Random, reputation: number) {
  const hits = RULES.filter((_, i) => i < 5 || chance(random, 0.3));
  if (reputation < 0.7) hits.push(...BAD_RULES.filter(() => chance(random, 0.5)));
  const score = Math.round(hits.reduce((sum, r) => sum + r.score, 0) * 10) / 10;
  return {
    score,
    report: {
      is_spam: score >= 5,
      spam_score: Math.round(score),
      report: hits.map((r) => ({ description: r.description, name: r.name, score: r.score.toFixed(1) })),
    },
  };
}

/** A stable sending IP per domain (Google-hosted domains get Google ranges, others Microsoft's). */
export function domainIp(domain: string): string {
  const h = hashSeed(domain);
  return h % 2 === 0 ? `209.85.220.${(h >>> 8) % 250}` : `40.107.${(h >>> 8) % 250}.${(h >>> 16) % 250}`;
}

const LISTS = [
  { blacklist: 'zen.spamhaus.org', test_type: 'ip', major: true },
  { blacklist: 'b.barracudacentral.org', test_type: 'ip', major: true },
  { blacklist: 'bl.spamcop.net', test_type: 'ip', major: true },
  { blacklist: 'dnsbl-3.uceprotect.net', test_type: 'ip', major: false },
  { blacklist: 'dnsbl.sorbs.net', test_type: 'ip', major: false },
  { blacklist: 'dbl.spamhaus.org', test_type: 'domain', major: true },
  { blacklist: 'multi.surbl.org', test_type: 'domain', major: true },
  { blacklist: 'multi.uribl.com', test_type: 'domain', major: false },
];

export function blacklistReport(random: Random, domain: string, reputation: number) {
  const details = LISTS.map((list) => ({
    blacklist: list.blacklist,
    is_listed: list.major ? reputation < 0.7 && chance(random, 0.35) : chance(random, 0.25),
    test_type: list.test_type,
  }));
  const blacklisted = details.filter((d) => d.is_listed).length;
  return {
    address: domain,
    ip: domainIp(domain),
    is_blacklisted: blacklisted > 0,
    is_domain: false,
    blacklisted_count: blacklisted,
    details,
  };
}
