import { describe, expect, it } from 'vitest';
import { rankFindings, topRules, type FixFirstEvidence, type SenderEvidence } from './fix-first';
import { isMajorList, listName } from './fix-first-terms';

const NONE: FixFirstEvidence = { senders: [], authentication: [], blacklists: [], spamAssassin: [], change: null };

const sender = (address: string, cells: [esp: number, provider: string, received: number, spam: number][]): SenderEvidence => ({
  sender: address,
  listed: true,
  silent: false,
  cells: cells.map(([esp, provider, received, spam]) => ({ esp, provider, received, spam })),
});
const silent = (address: string): SenderEvidence => ({ sender: address, listed: true, silent: true, cells: [] });

/** The demo's "Agency client: Northwind" run, as the test page counts it. */
const NORTHWIND: FixFirstEvidence = {
  senders: [
    sender('alex@northwind-mail.co', [
      [1, 'Google', 11, 5],
      [2, 'Microsoft', 11, 9],
    ]),
    silent('dana@northwind-mail.co'),
    silent('lee@northwind-mail.co'),
  ],
  authentication: [
    {
      domain: 'northwind-mail.co',
      checks: [
        { check: 'SPF', passed: 22, checked: 22 },
        { check: 'DKIM', passed: 22, checked: 22 },
        { check: 'DMARC', passed: 0, checked: 22 },
      ],
    },
  ],
  blacklists: [
    {
      domain: 'northwind-mail.co',
      ip: '198.51.100.23',
      sharedIp: false,
      listed: [
        { list: 'zen.spamhaus.org', target: 'ip' },
        { list: 'b.barracudacentral.org', target: 'ip' },
        { list: 'bl.spamcop.net', target: 'ip' },
        { list: 'dbl.spamhaus.org', target: 'domain' },
        { list: 'multi.surbl.org', target: 'domain' },
      ],
    },
  ],
  spamAssassin: [
    {
      domain: 'northwind-mail.co',
      score: 11.1,
      rules: [
        { name: 'SUBJ_ALL_CAPS', points: 1.5 },
        { name: 'BAYES_99', points: 3.5 },
        { name: 'DKIM_VALID', points: -0.1 },
        { name: 'URIBL_DBL_SPAM', points: 2.5 },
        { name: 'DMARC_NONE', points: 0.9 },
      ],
    },
  ],
  change: null,
};

describe('rankFindings', () => {
  it('ranks the Northwind run: listings, DMARC, content, the spam-bound sender worst provider first, silent senders', () => {
    const findings = rankFindings(NORTHWIND);
    expect(findings.map((f) => [f.kind, f.figure])).toEqual([
      ['blacklist', '5 lists'],
      ['authentication', '0%'],
      ['spam-assassin', '11.1'],
      ['spam-bound', '18%'],
      ['spam-bound', '55%'],
      ['silent-senders', '2 of 3'],
    ]);
    expect(findings[0]!.sentence).toBe(
      "northwind-mail.co and its IP 198.51.100.23 are on 5 major blacklists: Spamhaus ZEN, Spamhaus DBL, Barracuda, SpamCop and SURBL. Providers that consult them send this domain's mail to spam or refuse it.",
    );
    expect(findings[1]!.sentence).toMatch(/^DMARC passes for 0% of northwind-mail.co's received emails \(0 of 22\):/);
    expect(findings[2]!.sentence).toBe(
      'SpamAssassin scores the email from northwind-mail.co 11.1, over the 5.0 spam threshold, mostly for BAYES_99 (+3.5) and URIBL_DBL_SPAM (+2.5).',
    );
    expect(findings[3]).toMatchObject({
      sentence: 'alex@northwind-mail.co lands 18% at Microsoft: 9 of 11 received emails went to spam.',
      target: { section: 'records', sender: 'alex@northwind-mail.co', esp: 2 },
    });
    expect(findings[5]!.sentence).toMatch(/^2 of 3 senders sent nothing \(dana@northwind-mail.co and lee@northwind-mail.co\)/);
  });

  it('finds nothing in a healthy run', () => {
    const healthy: FixFirstEvidence = {
      ...NONE,
      senders: [sender('jane@acme.test', [[1, 'Google', 12, 1], [2, 'Microsoft', 12, 2]])],
      authentication: [{ domain: 'acme.test', checks: [{ check: 'DMARC', passed: 11, checked: 12 }] }],
      spamAssassin: [{ domain: 'acme.test', score: 4.9, rules: [{ name: 'BAYES_50', points: 0.8 }] }],
      change: { inboxNow: 85, inboxBefore: 94, against: 'the run of Mon 9 Nov 2026' },
    };
    expect(rankFindings(healthy)).toEqual([]);
  });

  it('never blames a sender for listings of a shared Google or Microsoft IP', () => {
    const findings = rankFindings({
      ...NONE,
      blacklists: [
        {
          domain: 'getacme.io',
          ip: '40.107.22.94',
          sharedIp: true,
          listed: [
            { list: 'zen.spamhaus.org', target: 'ip' },
            { list: 'dnsbl.sorbs.net', target: 'ip' },
          ],
        },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('keeps minor listings of a domain for last, as low', () => {
    const findings = rankFindings({
      ...NONE,
      senders: [silent('a@x.test')],
      blacklists: [{ domain: 'x.test', ip: '203.0.113.9', sharedIp: false, listed: [{ list: 'dnsbl.sorbs.net', target: 'ip' }] }],
    });
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([
      ['silent-senders', 'medium'],
      ['minor-listing', 'low'],
    ]);
    expect(findings[1]!.sentence).toMatch(/^x.test's IP 203.0.113.9 is on 1 minor blacklist \(SORBS\)/);
  });

  it('orders by reach before size: one major listing outranks failing DMARC, which outranks any content score', () => {
    const findings = rankFindings({
      ...NONE,
      spamAssassin: [{ domain: 'b.test', score: 20, rules: [] }],
      authentication: [{ domain: 'b.test', checks: [{ check: 'SPF', passed: 0, checked: 40 }] }],
      blacklists: [{ domain: 'a.test', ip: '203.0.113.1', sharedIp: false, listed: [{ list: 'multi.surbl.org', target: 'domain' }] }],
    });
    expect(findings.map((f) => f.kind)).toEqual(['blacklist', 'authentication', 'spam-assassin']);
  });

  it('ranks domains by how far they fail and names every failing check in one finding', () => {
    const findings = rankFindings({
      ...NONE,
      authentication: [
        { domain: 'a.test', checks: [{ check: 'DKIM', passed: 8, checked: 10 }] },
        {
          domain: 'b.test',
          checks: [
            { check: 'SPF', passed: 5, checked: 10 },
            { check: 'DMARC', passed: 2, checked: 10 },
            { check: 'DKIM', passed: 10, checked: 10 },
          ],
        },
      ],
    });
    expect(findings.map((f) => [f.target, f.figure])).toEqual([
      [{ section: 'authentication', domain: 'b.test' }, '20%'],
      [{ section: 'authentication', domain: 'a.test' }, '80%'],
    ]);
    expect(findings[0]!.sentence).toMatch(/^DMARC passes for 20% of b.test's received emails \(2 of 10\), and SPF 50%:/);
  });

  it('counts a pass rate of exactly 90% as passing and a score of exactly 5.0 as spam', () => {
    const findings = rankFindings({
      ...NONE,
      authentication: [{ domain: 'a.test', checks: [{ check: 'DMARC', passed: 9, checked: 10 }] }],
      spamAssassin: [{ domain: 'a.test', score: 5, rules: [{ name: 'X', points: 5 }] }],
    });
    expect(findings.map((f) => f.kind)).toEqual(['spam-assassin']);
  });

  it('calls a sender spam-bound below 80% landed, from 3 received emails, ranking the cell that loses most mail first', () => {
    const findings = rankFindings({
      ...NONE,
      senders: [
        sender('a@x.test', [
          [1, 'Google', 10, 2], // 80% landed: at risk, not spam-bound
          [2, 'Microsoft', 2, 2], // too few to tell
          [12, 'Web.de', 5, 3],
        ]),
        sender('b@x.test', [[13, 'Libero', 20, 6]]),
      ],
    });
    expect(findings.map((f) => f.sentence)).toEqual([
      'b@x.test lands 70% at Libero: 6 of 20 received emails went to spam.',
      'a@x.test lands 40% at Web.de: 3 of 5 received emails went to spam.',
    ]);
  });

  it('reports a drop of 10 points or more since the previous window, never a rise', () => {
    const drop = (inboxBefore: number, inboxNow: number) =>
      rankFindings({ ...NONE, change: { inboxBefore, inboxNow, against: 'the run of Thu 5 Nov 2026' } });
    expect(drop(60, 50.4)).toEqual([]);
    expect(drop(40, 90)).toEqual([]);
    expect(drop(91.3, 77.1)).toEqual([
      expect.objectContaining({
        kind: 'drop',
        figure: '▼ 14 pts',
        sentence: 'Inbox placement fell 14 points against the run of Thu 5 Nov 2026: 91% then, 77% now.',
        target: { section: 'change' },
      }),
    ]);
  });

  it('does not count senders from outside the test among the listed ones', () => {
    const findings = rankFindings({
      ...NONE,
      senders: [silent('a@x.test'), sender('b@x.test', []), { ...sender('leak@y.test', []), listed: false }],
    });
    expect(findings[0]!.figure).toBe('1 of 2');
  });
});

describe('topRules', () => {
  it('keeps the rules of 2 points or more, at most three, and always the top one', () => {
    const rule = (name: string, points: number) => ({ name, points });
    expect(topRules([rule('A', 1.2), rule('B', 0.4), rule('C', -2)]).map((r) => r.name)).toEqual(['A']);
    expect(
      topRules([rule('A', 2), rule('B', 3), rule('C', 2.5), rule('D', 2.1), rule('E', 0.5)]).map((r) => r.name),
    ).toEqual(['B', 'C', 'D']);
    expect(topRules([rule('A', -1)])).toEqual([]);
  });
});

describe('blacklist names', () => {
  it('knows the major lists by zone, in any case, and names the rest as they are', () => {
    expect(isMajorList('ZEN.spamhaus.org')).toBe(true);
    expect(isMajorList('dnsbl.sorbs.net')).toBe(false);
    expect(listName('dbl.spamhaus.org')).toBe('Spamhaus DBL');
    expect(listName('dnsbl-3.uceprotect.net')).toBe('UCEPROTECT level 3');
    expect(listName('bl.example.net')).toBe('bl.example.net');
  });
});
