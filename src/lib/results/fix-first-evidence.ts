import type { AnalyticsRecord, DateStats } from '../../../core/contract/analytics';
import { ESP_CODE_LABELS, type EspCode } from '../../../core/contract/common';
import type { Report } from '../../../core/contract/reports';
import type { ChangeEvidence, FixFirstEvidence } from '../../../core/rules/fix-first';
import { AUTH_CHECKS, AUTH_LABELS, authByDomain } from './auth-summary';
import { blacklistView, latestPerDomain, spamAssassinView } from './report-views';
import { triageSenders } from './sender-triage';
import { formatRunDate } from '../../../core/rules/run-date';
import { previousRange, windowRange, type DateRange, type ResultsWindow } from './window-dates';

/** The evidence "What to fix first" ranks (core/rules/fix-first.ts), counted as the page's panels count it. */
export function fixFirstEvidence(input: {
  records: readonly AnalyticsRecord[];
  senders: readonly string[];
  reports: readonly Report[];
  days: readonly DateStats[];
  window: ResultsWindow;
  dates: readonly string[];
  now: Date;
}): FixFirstEvidence {
  const { rows } = triageSenders(input.records, input.senders);
  return {
    senders: rows.map((row) => ({
      sender: row.sender,
      listed: !row.foreign,
      silent: row.health === 'silent',
      cells: Object.entries(row.byProvider).map(([esp, counts]) => ({
        esp: Number(esp),
        provider: ESP_CODE_LABELS[Number(esp) as EspCode] ?? `Code ${esp}`,
        received: counts.received,
        spam: counts.spam,
      })),
    })),
    authentication: authByDomain(input.records).map((d) => ({
      domain: d.domain,
      checks: AUTH_CHECKS.map((check) => ({ check: AUTH_LABELS[check], ...d.checks[check] })),
    })),
    blacklists: latestPerDomain(input.reports).map((report) => {
      const view = blacklistView(report);
      return {
        domain: view.domain,
        ip: view.ip,
        sharedIp: view.sharedProvider !== null,
        listed: view.listings.filter((l) => l.listed).map((l) => ({ list: l.blacklist, target: l.target })),
      };
    }),
    spamAssassin: latestPerDomain(input.reports).map((report) => {
      const view = spamAssassinView(report);
      return { domain: report.domain, score: view.score, rules: view.rules };
    }),
    change: changeOf(input.days, input.window, input.dates, input.now),
  };
}

function inboxShare(days: readonly DateStats[], range: DateRange): number | null {
  const inRange = days.filter(
    (d) =>
      (!range.date_from || d.timestamp_created_date >= range.date_from) &&
      (!range.date_to || d.timestamp_created_date <= range.date_to),
  );
  const received = inRange.reduce((n, d) => n + d.received_count, 0);
  const inbox = inRange.reduce((n, d) => n + d.inbox_count, 0);
  return received === 0 ? null : (100 * inbox) / received;
}

/** The window's inbox share against the previous run (or as many days before), from the day totals. */
function changeOf(
  days: readonly DateStats[],
  window: ResultsWindow,
  dates: readonly string[],
  now: Date,
): ChangeEvidence | null {
  const previous = previousRange(window, dates, now);
  if (!previous) return null;
  const inboxNow = inboxShare(days, windowRange(window, now));
  const inboxBefore = inboxShare(days, previous);
  if (inboxNow === null || inboxBefore === null) return null;
  const against =
    window.kind === 'days' ? `the ${window.days} days before` : `the run of ${formatRunDate(previous.date_from ?? '')}`;
  return { inboxNow, inboxBefore, against };
}
