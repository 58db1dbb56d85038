import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { Report } from '../../../core/contract/reports';
import { chance, hashSeed, type Random } from '../random';
import { domainProfile, overallReputation } from './sending-domains';
import { spamAssassinReport } from './spam-assassin';
import { uuidv7At } from '../store/uuidv7';

/**
 * The per-domain report of a run (docs/api/reference.md §5.1): a blacklist check of the domain and its IP,
 * and a SpamAssassin verdict of the email. Major lists list a domain only when its reputation is
 * poor, and stay listed from run to run; minor lists (UCEPROTECT level 3, SORBS) come and go on
 * shared Google/Microsoft IPs: the noise users ask to have explained (docs/product.md).
 */
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

export function blacklistReport(random: Random, domain: string) {
  const { ip } = domainProfile(domain);
  const poor = overallReputation(domain) < 0.7;
  const details = LISTS.map((list) => ({
    blacklist: list.blacklist,
    is_listed: list.major
      ? poor && hashSeed(`${domain}|${list.blacklist}`) % 3 !== 0
      : list.test_type === 'ip'
        ? chance(random, 0.3)
        : chance(random, 0.05),
    test_type: list.test_type,
  }));
  const blacklisted = details.filter((d) => d.is_listed).length;
  return {
    address: domain,
    ip,
    is_blacklisted: blacklisted > 0,
    is_domain: true,
    blacklisted_count: blacklisted,
    details,
  };
}

export function runReport(
  random: Random,
  test: PlacementTest,
  domain: string,
  at: Date,
  organizationId: string,
): Report {
  const blacklist = blacklistReport(random, domain);
  const listed = (type: string) =>
    blacklist.details.filter((d) => d.is_listed && d.test_type === type).length;
  const spam = spamAssassinReport(
    {
      subject: test.email_subject,
      body: test.email_body,
      textOnly: test.text_only === true,
      dmarcAligned: domainProfile(domain).dmarcAligned,
      reputation: overallReputation(domain),
      domainListed: listed('domain') > 0,
    },
    random,
  );
  return {
    id: uuidv7At(at.getTime(), random),
    timestamp_created: at.toISOString(),
    timestamp_created_date: at.toISOString().slice(0, 10),
    organization_id: organizationId,
    test_id: test.id,
    domain,
    domain_ip: blacklist.ip,
    domain_blacklist_count: listed('domain'),
    domain_ip_blacklist_count: listed('ip'),
    spam_assassin_score: spam.score,
    spam_assassin_report: spam.report,
    blacklist_report: blacklist,
  };
}
