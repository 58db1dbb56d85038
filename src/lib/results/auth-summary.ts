import type { AnalyticsRecord } from '../../../core/contract/analytics';

/**
 * SPF / DKIM / DMARC pass rates per sending domain over received rows (only those carry the
 * checks, docs/api/reference.md §4.1), worst domain first, with the failed rows kept for their raw headers.
 */
export type AuthCheck = 'spf' | 'dkim' | 'dmarc';
export const AUTH_CHECKS: readonly AuthCheck[] = ['spf', 'dkim', 'dmarc'];
export const AUTH_LABELS: Record<AuthCheck, string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC' };

export interface PassCount {
  passed: number;
  checked: number;
}

export interface DomainAuth {
  domain: string;
  checks: Record<AuthCheck, PassCount>;
  /** Received rows where any check failed, newest first. */
  failures: AnalyticsRecord[];
}

export const passRate = ({ passed, checked }: PassCount) => (checked === 0 ? null : (100 * passed) / checked);
const FIELD = { spf: 'spf_pass', dkim: 'dkim_pass', dmarc: 'dmarc_pass' } as const;

export function domainOf(email: string | null | undefined): string {
  return email?.split('@')[1]?.toLowerCase() ?? 'unknown domain';
}

export function authByDomain(records: readonly AnalyticsRecord[]): DomainAuth[] {
  const domains = new Map<string, DomainAuth>();
  for (const record of records) {
    if (record.record_type !== 2) continue;
    const domain = domainOf(record.sender_email);
    let entry = domains.get(domain);
    if (!entry) {
      const zero = () => ({ passed: 0, checked: 0 });
      entry = { domain, checks: { spf: zero(), dkim: zero(), dmarc: zero() }, failures: [] };
      domains.set(domain, entry);
    }
    let failed = false;
    for (const check of AUTH_CHECKS) {
      const value = record[FIELD[check]];
      if (value === null || value === undefined) continue;
      entry.checks[check].checked += 1;
      if (value) entry.checks[check].passed += 1;
      else failed = true;
    }
    if (failed) entry.failures.push(record);
  }
  const worst = (d: DomainAuth) => Math.min(...AUTH_CHECKS.map((c) => passRate(d.checks[c]) ?? 100));
  return [...domains.values()].sort((a, b) => worst(a) - worst(b) || a.domain.localeCompare(b.domain));
}
