import { SPAM_ASSASSIN_THRESHOLD, type Report } from '../../../core/contract/reports';
import { sharedProviderOf, type SharedProvider } from '../shared-ips';

/**
 * The newest blacklist & SpamAssassin report per sending domain (reports are newest first),
 * shaped for reading: listings first, shared provider IPs named, rules by points.
 */
export function latestPerDomain(reports: readonly Report[]): Report[] {
  const seen = new Map<string, Report>();
  for (const report of [...reports].sort((a, b) => b.timestamp_created.localeCompare(a.timestamp_created))) {
    if (!seen.has(report.domain)) seen.set(report.domain, report);
  }
  return [...seen.values()].sort(
    (a, b) => listedCount(b) - listedCount(a) || a.domain.localeCompare(b.domain),
  );
}

export interface Listing {
  blacklist: string;
  target: 'domain' | 'ip';
  listed: boolean;
}

function listedCount(report: Report): number {
  return (report.blacklist_report?.details ?? []).filter((d) => d.is_listed).length;
}

export interface BlacklistView {
  domain: string;
  ip: string;
  /** Set when the IP is a shared Google/Microsoft sending IP: its listings are rarely actionable. */
  sharedProvider: SharedProvider | null;
  listings: Listing[];
  listed: number;
  /** Every listing is of a shared provider IP: noise for this sender. */
  onlySharedIpListings: boolean;
}

export function blacklistView(report: Report): BlacklistView {
  const ip = report.blacklist_report?.ip ?? report.domain_ip;
  const sharedProvider = sharedProviderOf(ip);
  const listings: Listing[] = (report.blacklist_report?.details ?? [])
    .map((d) => ({
      blacklist: d.blacklist,
      target: d.test_type === 'domain' ? ('domain' as const) : ('ip' as const),
      listed: d.is_listed,
    }))
    .sort(
      (a, b) =>
        Number(b.listed) - Number(a.listed) ||
        a.target.localeCompare(b.target) ||
        a.blacklist.localeCompare(b.blacklist),
    );
  const listed = listings.filter((l) => l.listed);
  return {
    domain: report.domain,
    ip,
    sharedProvider,
    listings,
    listed: listed.length,
    onlySharedIpListings:
      sharedProvider !== null && listed.length > 0 && listed.every((l) => l.target === 'ip'),
  };
}

export interface SpamAssassinView {
  score: number;
  threshold: number;
  overThreshold: boolean;
  rules: { name: string; description: string; points: number }[];
}

export function spamAssassinView(report: Report): SpamAssassinView {
  const rules = (report.spam_assassin_report?.report ?? [])
    .map((r) => ({ name: r.name, description: r.description, points: (Number.parseFloat(r.score) || 0) + 0 }))
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
  return {
    score: report.spam_assassin_score,
    threshold: SPAM_ASSASSIN_THRESHOLD,
    overThreshold: report.spam_assassin_score >= SPAM_ASSASSIN_THRESHOLD,
    rules,
  };
}
