import { describe, expect, it } from 'vitest';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import type { Report } from '../../../../core/contract/reports';
import { authByDomain, passRate } from '../../../lib/results/auth-summary';
import { groupPlacement } from './placement-breakdown';
import { blacklistView, latestPerDomain, spamAssassinView } from '../../../lib/results/report-views';
import { matrixCsv, recordsCsv, RECORDS_CSV_HEADER } from './results-csv';
import { triageSenders } from '../../../lib/results/sender-triage';

let n = 0;
const rec = (over: Partial<AnalyticsRecord>): AnalyticsRecord => ({
  id: `r${++n}`,
  timestamp_created: '2026-11-16T15:00:00.000Z',
  timestamp_created_date: '2026-11-16',
  organization_id: 'org',
  test_id: 't',
  record_type: 2,
  sender_email: 'a@acme.com',
  recipient_esp: 1,
  recipient_geo: 1,
  recipient_type: 1,
  is_spam: false,
  has_category: false,
  spf_pass: true,
  dkim_pass: true,
  dmarc_pass: true,
  ...over,
});

describe('groupPlacement', () => {
  it('counts placements per provider over received rows, worst first', () => {
    const records = [
      rec({}),
      rec({ recipient_esp: 2, is_spam: true }),
      rec({ recipient_esp: 2 }),
      rec({ recipient_esp: 2, record_type: 1, is_spam: null }),
    ];
    const [microsoft, google] = groupPlacement(records, 'provider');
    expect(microsoft).toMatchObject({
      key: 2,
      label: 'Microsoft',
      sent: 3,
      received: 2,
      spam: 1,
      inbox: 1,
      spamPercent: 50,
      landedPercent: 50,
    });
    expect(google).toMatchObject({ key: 1, label: 'Google', inboxPercent: 100 });
    expect(groupPlacement(records, 'region').map((g) => g.label)).toEqual(['United States']);
  });
});

describe('authByDomain', () => {
  it('gives pass rates per sending domain and keeps the failed rows', () => {
    const failed = rec({
      sender_email: 'x@north.co',
      dmarc_pass: false,
      authentication_failure_results: { authentication_results: 'dmarc=fail' },
    });
    const result = authByDomain([
      rec({}),
      failed,
      rec({ sender_email: 'y@north.co' }),
      rec({ record_type: 1, spf_pass: null }),
    ]);
    expect(result.map((d) => d.domain)).toEqual(['north.co', 'acme.com']);
    expect(passRate(result[0]!.checks.dmarc)).toBe(50);
    expect(result[0]!.failures).toEqual([failed]);
    expect(result[1]!.checks.spf).toEqual({ passed: 1, checked: 1 });
  });
});

const report = (over: Partial<Report>): Report => ({
  id: 'rep',
  timestamp_created: '2026-11-16T15:02:00Z',
  timestamp_created_date: '2026-11-16',
  organization_id: 'org',
  test_id: 't',
  domain: 'acme.com',
  domain_ip: '209.85.220.41',
  spam_assassin_score: 6.1,
  spam_assassin_report: {
    report: [
      { name: 'SPF_PASS', description: 'HEADER: SPF', score: '-0.0' },
      { name: 'BAYES_99', description: 'BODY: Bayes', score: '3.5' },
      { name: 'SUBJ_ALL_CAPS', description: 'HEADER: caps', score: '1.5' },
    ],
  },
  blacklist_report: {
    ip: '209.85.220.41',
    details: [
      { blacklist: 'zen.spamhaus.org', is_listed: false, test_type: 'ip' },
      { blacklist: 'dnsbl-3.uceprotect.net', is_listed: true, test_type: 'ip' },
      { blacklist: 'dbl.spamhaus.org', is_listed: false, test_type: 'domain' },
    ],
  },
  ...over,
});

describe('report views', () => {
  it('keeps the newest report per domain, listed domains first', () => {
    const old = report({ id: 'old', timestamp_created: '2026-11-09T15:02:00Z' });
    const clean = report({ id: 'clean', domain: 'b.com', blacklist_report: { details: [] } });
    expect(latestPerDomain([old, clean, report({ id: 'new' })]).map((r) => r.id)).toEqual(['new', 'clean']);
  });

  it('puts listings first and marks a shared provider IP as noise', () => {
    const view = blacklistView(report({}));
    expect(view).toMatchObject({ sharedProvider: 'Google', listed: 1, onlySharedIpListings: true });
    expect(view.listings.map((l) => l.blacklist)).toEqual([
      'dnsbl-3.uceprotect.net',
      'dbl.spamhaus.org',
      'zen.spamhaus.org',
    ]);
    const dedicated = blacklistView(
      report({
        blacklist_report: {
          ip: '198.51.100.23',
          details: [{ blacklist: 'b.barracudacentral.org', is_listed: true, test_type: 'ip' }],
        },
      }),
    );
    expect(dedicated).toMatchObject({ sharedProvider: null, onlySharedIpListings: false });
  });

  it('sorts SpamAssassin rules by points against the 5.0 threshold', () => {
    const view = spamAssassinView(report({}));
    expect(view.rules.map((r) => [r.name, r.points])).toEqual([
      ['BAYES_99', 3.5],
      ['SUBJ_ALL_CAPS', 1.5],
      ['SPF_PASS', 0],
    ]);
    expect(view).toMatchObject({ threshold: 5, overThreshold: true });
  });
});

describe('CSV exports', () => {
  it('writes one line per record under the header, with readable labels', () => {
    const lines = recordsCsv(
      [
        rec({ is_spam: true }),
        rec({ record_type: 1, is_spam: null, sender_email: '=cmd@x.com' }),
        rec({ record_type: 1, is_spam: null, timestamp_created: '2026-11-17T09:00:00.000Z' }),
      ],
      '2026-11-17',
    )
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(RECORDS_CSV_HEADER.map((h) => `"${h}"`).join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Received","a@acme.com"');
    expect(lines[1]).toContain('"Spam",true,true,true');
    // The glossary's words, as the records table and Completeness use them.
    expect(lines[2]).toContain(`"Missing","'=cmd@x.com"`);
    expect(lines[3]).toContain('"Still arriving","a@acme.com"');
  });

  it('writes the matrix with a landed % column per provider', () => {
    const { rows, providers } = triageSenders(
      [rec({}), rec({ recipient_esp: 2, is_spam: true })],
      ['a@acme.com', 'b@acme.com'],
    );
    const lines = matrixCsv(rows, providers).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"Sender","Health","In this test","Sent","Received","Inbox","Category tab","Spam","Landed %","Google landed %","Microsoft landed %"',
    );
    expect(lines[1]).toBe('"a@acme.com","Spam bound",true,2,2,1,0,1,50,100,0');
    expect(lines[2]).toBe('"b@acme.com","Silent",true,0,0,0,0,0,,,');
  });
});
