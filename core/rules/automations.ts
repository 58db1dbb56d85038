import type { AutomationCondition } from '../contract/placement-tests';

/**
 * Automation rules (docs/api/reference.md §3.4) evaluated against one run: the one function the
 * emulator acts on and the dashboard's dry run replays over a test's history (ADR 017).
 *
 * - A run is a UTC day of `stats-by-date` (as the results page counts runs) with the blacklist
 *   reports written that day.
 * - `placement_goes_below` / `_above` compare the run's inbox share (inbox emails over received
 *   emails, 0–100) with `condition_value`, strictly; every run past the threshold fires, not only
 *   the first one that crosses it. A run with nothing received has no share and fires nothing.
 * - `added_to_blacklists` / `removed_from_blacklists` compare the run's listings with the
 *   previous run's, for the addresses checked in both: a first run, or a domain checked for the
 *   first time, has nothing to compare with and fires nothing.
 */
export type AutomationAction =
  | 'pause'
  | 'pause_sending_campaigns_for'
  | 'enable_slow_ramp'
  | 'disable_slow_ramp'
  | 'add_tags'
  | 'remove_tags'
  | 'webhook_url';

/** The order actions are performed and listed in. */
export const AUTOMATION_ACTIONS: readonly AutomationAction[] = [
  'pause',
  'pause_sending_campaigns_for',
  'enable_slow_ramp',
  'disable_slow_ramp',
  'add_tags',
  'remove_tags',
  'webhook_url',
];

/** What the evaluator reads of a rule (the contract's request and response shapes both fit). */
export interface RuleInput {
  when: { condition: string; condition_value?: number | null };
  then: Partial<Record<AutomationAction, unknown>>;
}

/** What the evaluator reads of a blacklist report (docs/api/reference.md §5.1). */
export interface BlacklistReportInput {
  domain: string;
  domain_ip?: string;
  blacklist_report?: {
    details?: readonly { blacklist: string; is_listed: boolean; test_type: string }[];
  } | null;
}

export interface RunFigures {
  /** The run's day, `YYYY-MM-DD` (UTC). */
  date: string;
  /** 1 for the test's first run. */
  number: number;
  received: number;
  inbox: number;
  /** Listings found by the run's blacklist checks, keyed `address|list`; see `listingsOf`. */
  listings: ReadonlyMap<string, string>;
  /** The addresses (domains and IPs) the run's blacklist checks looked at. */
  checked: ReadonlySet<string>;
}

export interface RuleFiring {
  ruleIndex: number;
  condition: AutomationCondition;
  /** Inbox share in % (placement conditions), or how many listings changed (blacklist ones). */
  measured: number;
  /** `condition_value` for placement conditions; null for blacklist ones. */
  threshold: number | null;
  /** Blacklist conditions: the listings added or removed, "example.com on zen.spamhaus.org". */
  listings: string[];
  /** The rule's actions, in `AUTOMATION_ACTIONS` order. */
  actions: AutomationAction[];
}

/** Inbox share in %, or null when nothing arrived. */
export function inboxShare(run: Pick<RunFigures, 'inbox' | 'received'>): number | null {
  return run.received > 0 ? (100 * run.inbox) / run.received : null;
}

/** The listings and checked addresses of one run's reports. An IP check names the IP. */
export function listingsOf(
  reports: readonly BlacklistReportInput[],
): Pick<RunFigures, 'listings' | 'checked'> {
  const listings = new Map<string, string>();
  const checked = new Set<string>();
  for (const report of reports) {
    for (const detail of report.blacklist_report?.details ?? []) {
      const address = detail.test_type === 'ip' && report.domain_ip ? report.domain_ip : report.domain;
      checked.add(address);
      if (detail.is_listed)
        listings.set(`${address}|${detail.blacklist}`, `${address} on ${detail.blacklist}`);
    }
  }
  return { listings, checked };
}

/**
 * A test's runs, oldest first, numbered from 1: one per day with sent emails, with that day's
 * reports. The same for the emulator (its own rows) and the dashboard (what the API returns).
 */
export function runHistory(
  days: readonly {
    timestamp_created_date: string;
    sent_count: number;
    received_count: number;
    inbox_count: number;
  }[],
  reports: readonly (BlacklistReportInput & { timestamp_created: string })[],
): RunFigures[] {
  const byDay = new Map<string, BlacklistReportInput[]>();
  for (const report of reports) {
    const day = report.timestamp_created.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), report]);
  }
  return days
    .filter((d) => d.sent_count > 0)
    .sort((a, b) => a.timestamp_created_date.localeCompare(b.timestamp_created_date))
    .map((d, i) => ({
      date: d.timestamp_created_date,
      number: i + 1,
      received: d.received_count,
      inbox: d.inbox_count,
      ...listingsOf(byDay.get(d.timestamp_created_date) ?? []),
    }));
}

function changedListings(from: RunFigures, to: RunFigures): string[] {
  return [...to.listings]
    .filter(([key]) => !from.listings.has(key) && from.checked.has(key.slice(0, key.indexOf('|'))))
    .map(([, label]) => label)
    .sort();
}

function actionsOf(rule: RuleInput): AutomationAction[] {
  return AUTOMATION_ACTIONS.filter((action) => {
    const value = rule.then[action];
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === 'string') return value.trim().length > 0;
    if (typeof value === 'number') return value > 0;
    return value === true;
  });
}

/** One rule against one run; null when it does not fire. */
export function evaluateRule(
  rule: RuleInput,
  ruleIndex: number,
  run: RunFigures,
  previous: RunFigures | null,
): RuleFiring | null {
  const condition = rule.when.condition as AutomationCondition;
  const base = { ruleIndex, condition, actions: actionsOf(rule) };
  if (condition === 'placement_goes_below' || condition === 'placement_goes_above') {
    const share = inboxShare(run);
    const threshold = rule.when.condition_value;
    if (share === null || typeof threshold !== 'number') return null;
    const fires = condition === 'placement_goes_below' ? share < threshold : share > threshold;
    return fires ? { ...base, measured: Math.round(share * 10) / 10, threshold, listings: [] } : null;
  }
  if (condition === 'added_to_blacklists' || condition === 'removed_from_blacklists') {
    if (!previous) return null;
    const listings =
      condition === 'added_to_blacklists' ? changedListings(previous, run) : changedListings(run, previous);
    return listings.length > 0 ? { ...base, measured: listings.length, threshold: null, listings } : null;
  }
  return null;
}

/** Every rule of a test against one run (and the run before it), in the rules' order. */
export function evaluateRules(
  rules: readonly RuleInput[] | null | undefined,
  run: RunFigures,
  previous: RunFigures | null,
): RuleFiring[] {
  return (rules ?? [])
    .map((rule, index) => evaluateRule(rule, index, run, previous))
    .filter((firing): firing is RuleFiring => firing !== null);
}

/** A rule replayed over a history (oldest first): the runs it would have fired on. */
export function dryRunRule(
  rule: RuleInput,
  history: readonly RunFigures[],
): (RuleFiring & { run: RunFigures })[] {
  return history.flatMap((run, i) => {
    const firing = evaluateRule(rule, 0, run, history[i - 1] ?? null);
    return firing ? [{ ...firing, run }] : [];
  });
}

const percent = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)}%`;

/** "inbox 62% < 70%", "2 listings added: a on b, c on d": why a rule fired, in a few words. */
export function firingMeasure(
  firing: Pick<RuleFiring, 'condition' | 'measured' | 'threshold' | 'listings'>,
): string {
  const { condition, measured, threshold, listings } = firing;
  if (condition === 'placement_goes_below') return `inbox ${percent(measured)} < ${percent(threshold ?? 0)}`;
  if (condition === 'placement_goes_above') return `inbox ${percent(measured)} > ${percent(threshold ?? 0)}`;
  const verb = condition === 'added_to_blacklists' ? 'added' : 'removed';
  return `${measured} ${measured === 1 ? 'listing' : 'listings'} ${verb}: ${listings.join(', ')}`;
}
