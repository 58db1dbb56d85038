import type { DateStats } from '../../../core/contract/analytics';
import { formatRunDate } from '../../../core/rules/run-date';

/**
 * Which results the page shows, kept in the URL (`?window=`): one run, the last 7 or 30 days, or
 * everything. A run is a UTC day of `stats-by-date`: schedules run at one time of day, so a day
 * holds one scheduled run (plus a `run_immediately` run on the day it was created).
 */
export type ResultsWindow = { kind: 'run'; date: string } | { kind: 'days'; days: 7 | 30 } | { kind: 'all' };
export type DateRange = { date_from?: string; date_to?: string };

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function parseWindow(value: string | null | undefined): ResultsWindow | null {
  if (value === 'all') return { kind: 'all' };
  if (value === 'last-7') return { kind: 'days', days: 7 };
  if (value === 'last-30') return { kind: 'days', days: 30 };
  if (value && DATE.test(value) && !Number.isNaN(Date.parse(value))) return { kind: 'run', date: value };
  return null;
}

export function windowValue(window: ResultsWindow): string {
  if (window.kind === 'run') return window.date;
  return window.kind === 'all' ? 'all' : `last-${window.days}`;
}

/** Days on which something was sent, newest first. */
export function runDates(days: readonly DateStats[]): string[] {
  return days
    .filter((d) => d.sent_count > 0)
    .map((d) => d.timestamp_created_date)
    .sort()
    .reverse();
}

/** The newest run when there is one to pick, else everything. */
export function defaultWindow(dates: readonly string[]): ResultsWindow {
  return dates[0] ? { kind: 'run', date: dates[0] } : { kind: 'all' };
}

export function windowRange(window: ResultsWindow, now: Date): DateRange {
  if (window.kind === 'run') return { date_from: window.date, date_to: window.date };
  if (window.kind === 'all') return {};
  return { date_from: utcDate(now.getTime() - (window.days - 1) * DAY_MS), date_to: utcDate(now.getTime()) };
}

/** The period to compare with: the run before the chosen one, or the same number of days before. */
export function previousRange(window: ResultsWindow, dates: readonly string[], now: Date): DateRange | null {
  if (window.kind === 'all') return null;
  if (window.kind === 'run') {
    const before = [...dates]
      .sort()
      .reverse()
      .find((d) => d < window.date);
    return before ? { date_from: before, date_to: before } : null;
  }
  const end = now.getTime() - window.days * DAY_MS;
  return { date_from: utcDate(end - (window.days - 1) * DAY_MS), date_to: utcDate(end) };
}

/** The run days that fall inside the window. */
export function datesInWindow(window: ResultsWindow, dates: readonly string[], now: Date): string[] {
  const { date_from: from, date_to: to } = windowRange(window, now);
  return dates.filter((d) => (!from || d >= from) && (!to || d <= to));
}

export function describeWindow(window: ResultsWindow): string {
  if (window.kind === 'all') return 'All runs';
  if (window.kind === 'days') return `Last ${window.days} days`;
  return `Run of ${formatRunDate(window.date)}`;
}
