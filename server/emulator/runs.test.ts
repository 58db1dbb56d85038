import { describe, expect, it } from 'vitest';
import type { PlacementTest } from '../../core/contract/placement-tests';
import { placementOf } from '../../core/rules/placement';
import { ESP_OPTIONS, recipientsFor } from './esp-options';
import { generateRun, type SenderAccount } from './runs/runs';

/** The run generator on its own: deterministic, and plausible per domain and provider. */
const US = ESP_OPTIONS.filter((o) => o.sub_region === 'US');
const test = (emails: string[]): PlacementTest => ({
  id: '01990000-0000-7000-8000-00000000abcd',
  organization_id: 'org',
  name: 'Run',
  type: 1,
  sending_method: 1,
  email_subject: 'Hello',
  email_body: 'Hi there',
  emails,
  recipients: recipientsFor(US),
  recipients_labels: [...US],
  timestamp_created: '2026-11-18T15:00:00.000Z',
});
const account = (email: string, provider_code = 2): [string, SenderAccount] => [
  email,
  { email, status: 1, provider_code },
];

/** Ten runs' received rows for `emails`, so rates are not one run's luck. */
function received(emails: string[]) {
  const accounts = new Map(emails.map((e) => account(e)));
  return Array.from({ length: 10 }, (_, i) =>
    generateRun({
      test: test(emails),
      runAt: new Date(Date.UTC(2026, 10, 1 + i, 15)),
      organizationId: 'org',
      accounts,
      seed: i,
    }),
  ).flatMap((run) => run.analytics.flatMap((r) => (r.received ? [r.received] : [])));
}
const inboxRate = (rows: ReturnType<typeof received>, esp: number) => {
  const at = rows.filter((r) => r.recipient_esp === esp);
  return at.filter((r) => placementOf(r) !== 'spam').length / at.length;
};

describe('generateRun', () => {
  it('is deterministic for a seed', () => {
    const input = {
      test: test(['a@acme-outbound.com']),
      runAt: new Date('2026-11-18T15:00:00Z'),
      organizationId: 'org',
      accounts: new Map([account('a@acme-outbound.com')]),
      seed: 7,
    };
    expect(generateRun(input)).toEqual(generateRun(input));
    expect(generateRun({ ...input, seed: 8 })).not.toEqual(generateRun(input));
  });

  it('gives a domain a reputation per provider: getacme.io lands at Google and goes to spam at Microsoft', () => {
    const rows = received(['jane@getacme.io', 'tom@getacme.io']);
    expect(inboxRate(rows, 1)).toBeGreaterThan(0.85);
    expect(inboxRate(rows, 2)).toBeLessThan(0.7);
  });

  it('fails DMARC for a domain without an aligned record, with the raw header text on failures', () => {
    const northwind = received(['alex@northwind-mail.co']);
    expect(northwind.filter((r) => r.dmarc_pass === false).length / northwind.length).toBeGreaterThan(0.8);
    const failed = northwind.find((r) => r.dmarc_pass === false);
    expect(failed?.authentication_failure_results?.authentication_results).toContain('dmarc=fail');
    const acme = received(['jane.cooper@acme-outbound.com']);
    expect(acme.filter((r) => r.dmarc_pass).length / acme.length).toBeGreaterThan(0.85);
    expect(
      acme.find((r) => r.spf_pass && r.dkim_pass && r.dmarc_pass)?.authentication_failure_results,
    ).toBeNull();
  });

  it('delivers each email minutes to a couple of hours after it was sent', () => {
    const accounts = new Map([account('a@acme-outbound.com')]);
    const run = generateRun({
      test: test(['a@acme-outbound.com']),
      runAt: new Date('2026-11-18T15:00:00Z'),
      organizationId: 'org',
      accounts,
      seed: 3,
    });
    for (const r of run.analytics) {
      expect(r.sent.record_type).toBe(1);
      if (!r.arriveMs) continue;
      const delay = r.arriveMs - Date.parse(r.sent.timestamp_created);
      expect(delay).toBeGreaterThanOrEqual(4 * 60_000);
      expect(delay).toBeLessThan(3 * 3_600_000);
    }
  });

  it('stamps no sent record after the clock when a run is recorded as it starts, and still delivers later', () => {
    const runAt = new Date('2026-11-18T15:00:00Z');
    const emails = ['a@acme-outbound.com', 'b@acme-outbound.com'];
    const run = generateRun({
      test: { ...test(emails), delivery_mode: 1 },
      runAt,
      organizationId: 'org',
      accounts: new Map(emails.map((e) => account(e))),
      seed: 5,
      nowMs: runAt.getTime(),
    });
    // One by one: 2 senders × the US seeds, 5 s apart, would reach minutes past the start.
    expect(run.analytics.length).toBeGreaterThan(10);
    for (const r of run.analytics) {
      expect(Date.parse(r.sent.timestamp_created)).toBeLessThanOrEqual(runAt.getTime());
      if (r.arriveMs) expect(r.arriveMs).toBeGreaterThan(runAt.getTime());
    }
  });

  it('gives custom-SMTP senders no sender ESP, and Microsoft senders Microsoft', () => {
    const run = generateRun({
      test: test(['smtp@acme-outbound.com', 'ms@acme-outbound.com']),
      runAt: new Date('2026-11-18T15:00:00Z'),
      organizationId: 'org',
      accounts: new Map([account('smtp@acme-outbound.com', 1), account('ms@acme-outbound.com', 3)]),
      seed: 2,
    });
    const esps = (sender: string) =>
      new Set(run.analytics.flatMap((r) => (r.received?.sender_email === sender ? [r.received.sender_esp] : [])));
    expect(esps('smtp@acme-outbound.com')).toEqual(new Set([null]));
    expect(esps('ms@acme-outbound.com')).toEqual(new Set([2]));
  });

  it("writes SpamAssassin rule descriptions as the rule's text, without a section prefix", () => {
    const run = generateRun({
      test: test(['alex@northwind-mail.co']),
      runAt: new Date('2026-11-18T15:00:00Z'),
      organizationId: 'org',
      accounts: new Map([account('alex@northwind-mail.co')]),
      seed: 4,
    });
    const rules = run.reports.flatMap((r) => r.spam_assassin_report?.report ?? []);
    expect(rules.length).toBeGreaterThan(2);
    for (const rule of rules) expect(rule.description).not.toMatch(/^(BODY|HEADER|URI|RAW|FULL):/);
    expect(rules.map((r) => r.description)).toContain('Message has a DKIM or DK signature, not necessarily valid');
  });
});

