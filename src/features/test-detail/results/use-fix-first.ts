import { useMemo } from 'react';
import type { AnalyticsRecord, DateStats } from '../../../../core/contract/analytics';
import type { Report } from '../../../../core/contract/reports';
import { rankFindings } from '../../../../core/rules/fix-first';
import type { Completeness } from './completeness';
import type { FixFirstState } from './fix-first-panel';
import { fixFirstEvidence } from '../../../lib/results/fix-first-evidence';
import type { ResultsWindow } from '../../../lib/results/window-dates';

interface Loaded<T> {
  data: T | undefined;
  isPending: boolean;
}

/** "What to fix first" from what the window's panels already loaded: no call of its own. */
export function useFixFirst(input: {
  window: ResultsWindow;
  dates: string[];
  now: Date;
  senders: string[];
  sendersLoading: boolean;
  records: Loaded<{ items: AnalyticsRecord[] }> & { isError: boolean };
  reports: Loaded<Report[]> & { isError: boolean };
  days: Loaded<DateStats[]>;
  completeness: Completeness;
}): FixFirstState {
  const { window, dates, now, senders, sendersLoading, records, reports, days, completeness } = input;
  const loading = sendersLoading || records.isPending || reports.isPending || days.isPending;
  const findings = useMemo(
    () =>
      loading || !records.data
        ? null
        : rankFindings(
            fixFirstEvidence({
              records: records.data.items,
              senders,
              reports: reports.data ?? [],
              days: days.data ?? [],
              window,
              dates,
              now,
            }),
          ),
    [loading, records.data, senders, reports.data, days.data, window, dates, now],
  );
  if (loading) return { state: 'loading' };
  if (records.isError && !records.data) return { state: 'unavailable' };
  if (!findings || completeness.received === 0) return { state: 'nothing-received' };
  return {
    state: 'ranked',
    findings,
    partial: completeness.state === 'collecting',
    reportsMissing: reports.isError && !reports.data,
  };
}
