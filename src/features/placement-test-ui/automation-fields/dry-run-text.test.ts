import { describe, expect, it } from 'vitest';
import { runHistory } from '../../../../core/rules/automations';
import { dryRunText } from './dry-run-text';

const days = [70, 90, 62, 80, 75, 88, 58, 91].map((inbox, i) => ({
  timestamp_created_date: `2026-11-${String(i + 1).padStart(2, '0')}`,
  sent_count: 100,
  received_count: 100,
  inbox_count: inbox,
}));
const below = (value: number) => ({
  when: { condition: 'placement_goes_below', condition_value: value },
  then: { pause: true },
});

describe('dryRunText', () => {
  it('names the runs the rule would have fired on, with the measured shares against the threshold', () => {
    expect(dryRunText(below(70), runHistory(days, []))).toBe(
      'Over this test’s last 8 runs this rule would have fired on runs 3 and 7 (inbox 62% and 58% < 70%).',
    );
  });

  it('says when it would not have fired, and when there is nothing to try it on', () => {
    expect(dryRunText(below(50), runHistory(days, []))).toBe(
      'Over this test’s last 8 runs this rule would not have fired.',
    );
    expect(dryRunText(below(50), [], '“Weekly check”’s')).toBe(
      'There are no runs in “Weekly check”’s history to try this rule on yet.',
    );
  });

  it('counts only the newest 30 runs', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...days[0]!,
      timestamp_created_date: `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      inbox_count: i === 0 ? 10 : 90,
    }));
    expect(dryRunText(below(50), runHistory(many, []))).toBe(
      'Over this test’s last 30 runs this rule would not have fired.',
    );
  });
});
