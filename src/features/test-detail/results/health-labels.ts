import type { SenderHealth } from '../../../lib/results/sender-triage';

export const HEALTH_LABELS: Record<SenderHealth, string> = {
  'spam-bound': 'Spam bound',
  silent: 'Silent',
  'at-risk': 'At risk',
  waiting: 'Waiting for results',
  healthy: 'Healthy',
};

/**
 * Mantine colours; the label always says the same, so colour is never the only cue. Silent's
 * gray is gray 7 / gray 5 by scheme: Mantine's filled gray (gray 8 in dark) hid the dot there.
 */
export const HEALTH_COLORS: Record<SenderHealth, string> = {
  'spam-bound': 'red',
  silent: 'light-dark(var(--mantine-color-gray-7), var(--mantine-color-gray-5))',
  'at-risk': 'orange',
  waiting: 'blue',
  healthy: 'teal',
};
