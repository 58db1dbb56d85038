import type { SenderHealth } from './sender-triage';

export const HEALTH_LABELS: Record<SenderHealth, string> = {
  'spam-bound': 'Spam bound',
  silent: 'Silent',
  'at-risk': 'At risk',
  waiting: 'Waiting for results',
  healthy: 'Healthy',
};

/** Mantine colours; the label always says the same, so colour is never the only cue. */
export const HEALTH_COLORS: Record<SenderHealth, string> = {
  'spam-bound': 'red',
  silent: 'gray',
  'at-risk': 'orange',
  waiting: 'blue',
  healthy: 'teal',
};
