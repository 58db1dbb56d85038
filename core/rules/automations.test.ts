import { describe, expect, it } from 'vitest';
import { dryRunRule, evaluateRules, firingMeasure, runHistory, type RuleInput } from './automations';

const day = (date: string, received: number, inbox: number) => ({
  timestamp_created_date: date,
  sent_count: received || 4,
  received_count: received,
  inbox_count: inbox,
});
const report = (date: string, domain: string, ip: string, listed: string[]) => ({
  timestamp_created: `${date}T09:02:00.000Z`,
  domain,
  domain_ip: ip,
  blacklist_report: {
    details: [
      { blacklist: 'zen.spamhaus.org', test_type: 'ip', is_listed: listed.includes('zen.spamhaus.org') },
      { blacklist: 'dbl.spamhaus.org', test_type: 'domain', is_listed: listed.includes('dbl.spamhaus.org') },
    ],
  },
});
const below = (value: number, then: RuleInput['then'] = { pause: true }): RuleInput => ({
  when: { condition: 'placement_goes_below', condition_value: value },
  then,
});

describe('placement conditions', () => {
  const history = runHistory([day('2026-11-03', 10, 8), day('2026-11-01', 10, 9), day('2026-11-02', 8, 5)], []);

  it('numbers runs oldest first, one per day with sent emails', () => {
    expect(history.map((r) => [r.number, r.date])).toEqual([
      [1, '2026-11-01'],
      [2, '2026-11-02'],
      [3, '2026-11-03'],
    ]);
  });

  it('fires below the threshold, strictly, with the measured share and the actions', () => {
    expect(evaluateRules([below(80, { webhook_url: 'https://h.example/x', pause: true })], history[1]!, history[0]!)).toEqual([
      { ruleIndex: 0, condition: 'placement_goes_below', measured: 62.5, threshold: 80, listings: [], actions: ['pause', 'webhook_url'] },
    ]);
    expect(evaluateRules([below(80)], history[2]!, null)).toEqual([]); // 80% is not below 80%
  });

  it('fires above the threshold and on every run past it, not only the first crossing', () => {
    const above: RuleInput = { when: { condition: 'placement_goes_above', condition_value: 70 }, then: { add_tags: ['t1'] } };
    expect(dryRunRule(above, history).map((f) => [f.run.number, f.measured])).toEqual([
      [1, 90],
      [3, 80],
    ]);
  });

  it('fires nothing for a run where nothing has arrived', () => {
    const [empty] = runHistory([day('2026-11-05', 0, 0)], []);
    expect(evaluateRules([below(100)], empty!, null)).toEqual([]);
  });

  it('lists only actions that do something', () => {
    const rule = below(99, { pause: false, add_tags: [], webhook_url: ' ', pause_sending_campaigns_for: 14, disable_slow_ramp: true });
    expect(evaluateRules([rule], history[1]!, null)[0]?.actions).toEqual(['pause_sending_campaigns_for', 'disable_slow_ramp']);
  });
});

describe('blacklist conditions', () => {
  const history = runHistory(
    [day('2026-11-01', 4, 4), day('2026-11-02', 4, 4), day('2026-11-03', 4, 4)],
    [
      report('2026-11-01', 'a.io', '1.1.1.1', ['zen.spamhaus.org']),
      report('2026-11-02', 'a.io', '1.1.1.1', ['dbl.spamhaus.org']),
      report('2026-11-02', 'b.io', '2.2.2.2', ['zen.spamhaus.org']),
      report('2026-11-03', 'a.io', '1.1.1.1', ['dbl.spamhaus.org']),
      report('2026-11-03', 'b.io', '2.2.2.2', []),
    ],
  );
  const added: RuleInput = { when: { condition: 'added_to_blacklists', condition_value: null }, then: { pause: true } };
  const removed: RuleInput = { when: { condition: 'removed_from_blacklists' }, then: { pause: true } };

  it('compares with the previous run, for addresses checked in both', () => {
    // Run 2: a.io newly on the domain list; b.io was not checked before, so its listing is not "added".
    expect(dryRunRule(added, history).map((f) => [f.run.number, f.listings])).toEqual([[2, ['a.io on dbl.spamhaus.org']]]);
    expect(dryRunRule(removed, history).map((f) => [f.run.number, f.listings])).toEqual([
      [2, ['1.1.1.1 on zen.spamhaus.org']],
      [3, ['2.2.2.2 on zen.spamhaus.org']],
    ]);
  });

  it('never fires on a first run', () => {
    expect(evaluateRules([added, removed], history[0]!, null)).toEqual([]);
  });
});

describe('firingMeasure', () => {
  it('says the measured value against the threshold', () => {
    expect(firingMeasure({ condition: 'placement_goes_below', measured: 62, threshold: 70, listings: [] })).toBe('inbox 62% < 70%');
    expect(firingMeasure({ condition: 'placement_goes_above', measured: 90.5, threshold: 70, listings: [] })).toBe('inbox 90.5% > 70%');
    expect(firingMeasure({ condition: 'added_to_blacklists', measured: 1, threshold: null, listings: ['a.io on x'] })).toBe(
      '1 listing added: a.io on x',
    );
  });
});
