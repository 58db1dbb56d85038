import { describe, expect, it } from 'vitest';
import type { AnalyticsRecord } from '../../../core/contract/analytics';
import { healthOf, triageSenders } from './sender-triage';

let n = 0;
function record(
  sender: string,
  esp: 1 | 2,
  placement: 'inbox' | 'category' | 'spam' | 'sent',
): AnalyticsRecord {
  n += 1;
  return {
    id: `r${n}`,
    timestamp_created: '2026-11-16T15:00:00Z',
    timestamp_created_date: '2026-11-16',
    organization_id: 'org',
    test_id: 't',
    record_type: placement === 'sent' ? 1 : 2,
    sender_email: sender,
    recipient_esp: esp,
    ...(placement === 'sent'
      ? {}
      : { is_spam: placement === 'spam', has_category: placement === 'category' }),
  };
}
const many = (count: number, ...args: Parameters<typeof record>) =>
  Array.from({ length: count }, () => record(...args));

describe('healthOf', () => {
  it('uses the documented thresholds on inbox + category tab', () => {
    const counts = (inbox: number, category: number, spam: number) => ({
      sent: inbox + category + spam,
      received: inbox + category + spam,
      inbox,
      category,
      spam,
    });
    expect(healthOf(counts(90, 0, 10))).toBe('healthy');
    expect(healthOf(counts(50, 40, 10))).toBe('healthy');
    expect(healthOf(counts(89, 0, 11))).toBe('at-risk');
    expect(healthOf(counts(80, 0, 20))).toBe('at-risk');
    expect(healthOf(counts(79, 0, 21))).toBe('spam-bound');
    expect(healthOf({ sent: 5, received: 0, inbox: 0, category: 0, spam: 0 })).toBe('waiting');
    expect(healthOf({ sent: 0, received: 0, inbox: 0, category: 0, spam: 0 })).toBe('silent');
  });
});

describe('triageSenders', () => {
  const records = [
    ...many(10, 'good@acme.com', 1, 'inbox'),
    ...many(4, 'mixed@acme.com', 1, 'inbox'),
    ...many(6, 'mixed@acme.com', 2, 'spam'),
    ...many(3, 'new@acme.com', 2, 'sent'),
    ...many(2, 'stranger@other.com', 1, 'inbox'),
    record('Risky@Acme.com', 1, 'inbox'),
    ...many(7, 'risky@acme.com', 1, 'category'),
    ...many(2, 'risky@acme.com', 2, 'spam'),
  ];
  const configured = ['good@acme.com', 'mixed@acme.com', 'new@acme.com', 'risky@acme.com', 'Paused@acme.com'];

  it('puts the worst first: spam bound, silent, at risk, waiting, healthy', () => {
    const { rows, providers } = triageSenders(records, configured);
    expect(rows.map((r) => [r.sender, r.health])).toEqual([
      ['mixed@acme.com', 'spam-bound'],
      ['paused@acme.com', 'silent'],
      ['risky@acme.com', 'at-risk'],
      ['new@acme.com', 'waiting'],
      ['good@acme.com', 'healthy'],
      ['stranger@other.com', 'healthy'],
    ]);
    expect(providers).toEqual([1, 2]);
  });

  it('splits each sender by recipient provider and flags senders outside the test', () => {
    const { rows } = triageSenders(records, configured);
    const mixed = rows.find((r) => r.sender === 'mixed@acme.com')!;
    expect(mixed).toMatchObject({
      sent: 10,
      received: 10,
      inbox: 4,
      spam: 6,
      landedPercent: 40,
      foreign: false,
    });
    expect(mixed.byProvider[1]).toEqual({ sent: 4, received: 4, inbox: 4, category: 0, spam: 0 });
    expect(mixed.byProvider[2]).toEqual({ sent: 6, received: 6, inbox: 0, category: 0, spam: 6 });
    expect(rows.find((r) => r.sender === 'stranger@other.com')?.foreign).toBe(true);
    expect(rows.find((r) => r.sender === 'paused@acme.com')).toMatchObject({
      sent: 0,
      landedPercent: null,
      byProvider: {},
    });
  });
});
