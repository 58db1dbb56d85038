import { describe, expect, it } from 'vitest';
import type { AnalyticsRecord } from '../contract/analytics';
import type { Report } from '../contract/reports';
import { compareWindows, pointsDelta, type CompareSide } from './compare';
import type { SetupFacts } from './setup-diff';
import { shareOf, summarizeWindow } from './window-summary';

let n = 0;
/** A received row: `where` is inbox, category or spam; the sender's domain carries the auth checks. */
function row(
  sender: string,
  where: 'inbox' | 'category' | 'spam' | 'sent',
  extra: Partial<AnalyticsRecord> = {},
): AnalyticsRecord {
  n += 1;
  return {
    id: `r${n}`,
    timestamp_created: '2026-11-20T10:00:00Z',
    timestamp_created_date: '2026-11-20',
    organization_id: 'org',
    test_id: 't',
    record_type: where === 'sent' ? 1 : 2,
    sender_email: sender,
    recipient_email: `seed${n}@gmail.com`,
    recipient_esp: 1,
    recipient_geo: 1,
    recipient_type: 1,
    is_spam: where === 'spam',
    has_category: where === 'category',
    spf_pass: true,
    dkim_pass: true,
    dmarc_pass: true,
    ...extra,
  };
}

function report(domain: string, score: number, rules: [string, string][], listed: string[] = []): Report {
  return {
    id: `rep-${domain}-${score}`,
    timestamp_created: '2026-11-20T10:02:00Z',
    timestamp_created_date: '2026-11-20',
    organization_id: 'org',
    test_id: 't',
    domain,
    domain_ip: '203.0.113.7',
    spam_assassin_score: score,
    spam_assassin_report: {
      report: rules.map(([name, s]) => ({ name, description: `${name} text`, score: s })),
    },
    blacklist_report: {
      ip: '203.0.113.7',
      details: ['zen.spamhaus.org', 'b.barracudacentral.org'].map((blacklist) => ({
        blacklist,
        is_listed: listed.includes(blacklist),
        test_type: 'ip',
      })),
    },
  };
}

const setup: SetupFacts = {
  subject: 'Quick question',
  body: '<p>See <a href="https://bit.ly/x">our study</a></p>',
  senders: ['jane@acme.com', 'mark@acme.com'],
  seeds: ['Google Professional (US)'],
  deliveryMode: 'One by one',
  textOnly: false,
};

const side = (records: AnalyticsRecord[], reports: Report[], facts = setup): CompareSide => ({
  setup: facts,
  summary: summarizeWindow(records, reports),
});

const repeat = (count: number, make: () => AnalyticsRecord) => Array.from({ length: count }, make);

describe('compareWindows', () => {
  const before = side(
    [
      ...repeat(6, () => row('jane@acme.com', 'inbox')),
      ...repeat(4, () => row('jane@acme.com', 'spam', { dkim_pass: false })),
      row('mark@acme.com', 'sent'),
    ],
    [
      report(
        'acme.com',
        3.2,
        [
          ['HAS_SHORT_URL', '1.2'],
          ['BAYES_50', '0.8'],
        ],
        ['b.barracudacentral.org'],
      ),
    ],
  );
  const after = side(
    [
      ...repeat(9, () => row('jane@acme.com', 'inbox')),
      row('jane@acme.com', 'spam'),
      ...repeat(2, () => row('olivia@bright.com', 'category', { recipient_esp: 2 })),
    ],
    [
      report(
        'acme.com',
        1.5,
        [
          ['BAYES_50', '1.1'],
          ['NO_UNSUBSCRIBE', '0.9'],
        ],
        ['zen.spamhaus.org'],
      ),
    ],
    { ...setup, body: '<p>See <a href="https://track.acme.com/x">our study</a></p>' },
  );
  const comparison = compareWindows(before, after, { sameTest: false });

  it('says what changed and by how much, inbox and spam in points of received', () => {
    expect(shareOf(comparison.total.a, 'inbox')).toBe(60);
    expect(comparison.headline).toBe(
      'Inbox placement rose 15.0 pts (60% → 75%) and spam fell 31.7 pts (40% → 8%); SpamAssassin score fell from 3.2 to 1.5, 1 new blacklist listing, 1 listing cleared.',
    );
  });

  it('points to content when only the body changed', () => {
    expect(comparison.setup.changed).toEqual(['body']);
    expect(comparison.cause).toBe('Same senders and seeds; only the body changed: content.');
    expect(comparison.setup.body.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '<a href="https://bit.ly/x">' },
      { kind: 'added', text: '<a href="https://track.acme.com/x">' },
    ]);
  });

  it('splits placement by seed provider, with a provider only one side has', () => {
    const providers = comparison.placement.provider;
    expect(providers.map((p) => [p.label, p.a?.received ?? null, p.b?.received ?? null])).toEqual([
      ['Google', 10, 10],
      ['Microsoft', null, 2],
    ]);
  });

  it('keeps senders on both sides apart from those on one side only', () => {
    expect(comparison.senders.both.map((r) => r.key)).toEqual(['jane@acme.com']);
    expect(comparison.senders.onlyA.map((r) => r.key)).toEqual(['mark@acme.com']);
    expect(comparison.senders.onlyB.map((r) => r.key)).toEqual(['olivia@bright.com']);
  });

  it('gives SPF/DKIM/DMARC pass rates per domain on both sides', () => {
    const acme = comparison.auth.find((r) => r.domain === 'acme.com');
    expect(acme?.rates.dkim).toEqual({ a: 60, b: 100 });
    expect(acme?.rates.spf).toEqual({ a: 100, b: 100 });
    expect(comparison.auth.find((r) => r.domain === 'bright.com')?.rates.dmarc).toEqual({ a: null, b: 100 });
  });

  it('lists blacklist listings added and removed', () => {
    expect(comparison.listings.added.map((l) => l.blacklist)).toEqual(['zen.spamhaus.org']);
    expect(comparison.listings.removed.map((l) => l.blacklist)).toEqual(['b.barracudacentral.org']);
  });

  it('names the SpamAssassin rules that appeared, disappeared or changed points', () => {
    const { appeared, disappeared, changed, score } = comparison.spamAssassin;
    expect(score).toEqual({ a: 3.2, b: 1.5 });
    expect(appeared.map((r) => [r.name, r.b])).toEqual([['NO_UNSUBSCRIBE', 0.9]]);
    expect(disappeared.map((r) => [r.name, r.a])).toEqual([['HAS_SHORT_URL', 1.2]]);
    expect(changed.map((r) => [r.name, r.a, r.b])).toEqual([['BAYES_50', 0.8, 1.1]]);
  });
});

describe('the cause hint', () => {
  const records = [row('jane@acme.com', 'inbox')];
  const hint = (b: Partial<SetupFacts>, sameTest = false) =>
    compareWindows(side(records, []), side(records, [], { ...setup, ...b }), { sameTest }).cause;

  it('says infrastructure when only the senders changed', () => {
    expect(hint({ senders: ['olivia@bright.com'] })).toBe(
      'Same copy and seeds; only the senders changed: infrastructure (sender reputation, domains, authentication).',
    );
  });

  it('says content for the subject and the text-only switch together', () => {
    expect(hint({ subject: 'Hello', textOnly: true })).toBe(
      'Same senders and seeds; only the subject and text-only setting changed: content.',
    );
  });

  it('refuses to name one cause when copy and senders changed together', () => {
    expect(hint({ subject: 'Hello', senders: ['x@y.com'] })).toBe(
      'The subject and senders all changed: the setup does not hold one side still, so it cannot point to one cause.',
    );
  });

  it('points at time and reputation for two runs of one test', () => {
    expect(hint({}, true)).toMatch(/^Two runs of one test, same setup/);
  });
});

describe('headline without results', () => {
  it('says a side has nothing to compare yet', () => {
    const empty = side([row('jane@acme.com', 'sent')], []);
    const full = side([row('jane@acme.com', 'inbox')], []);
    expect(compareWindows(empty, full, { sameTest: false }).headline).toBe(
      'Side A has no received results yet, so placement cannot be compared.',
    );
  });

  it('rounds point deltas to one decimal and never shows −0', () => {
    expect(pointsDelta(60, 75.04)).toBe(15);
    expect(Object.is(pointsDelta(50, 50.01), 0)).toBe(true);
    expect(pointsDelta(null, 3)).toBeNull();
  });
});
