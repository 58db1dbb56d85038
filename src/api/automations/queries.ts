import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages } from '../common/fetch-all-pages';
import { listReports } from '../reports/requests';
import { listAutomationFirings } from './requests';

export const automationKeys = {
  all: ['automations'] as const,
  forTest: (testId: string) => [...automationKeys.all, testId] as const,
  firings: (testId: string) => [...automationKeys.forTest(testId), 'firings'] as const,
  reportHistory: (testId: string) => [...automationKeys.forTest(testId), 'report-history'] as const,
};

/** Enough pages of reports for a long history (one report per sending domain per run). */
const MAX_REPORT_PAGES = 20;

export const automationQueries = {
  /** Emulator only: the rules that fired on this test's runs. */
  firings: (testId: string) =>
    queryOptions({
      queryKey: automationKeys.firings(testId),
      queryFn: ({ signal }) => listAutomationFirings(testId, signal),
      select: (data) => data.items,
    }),
  /** Every blacklist report of a test, without the SpamAssassin part: the dry run's history. */
  reportHistory: (testId: string) =>
    queryOptions({
      queryKey: automationKeys.reportHistory(testId),
      queryFn: ({ signal }) =>
        fetchAllPages(
          (startingAfter) =>
            listReports(
              { test_id: testId, limit: 100, skip_spam_assassin_report: true, starting_after: startingAfter },
              signal,
            ),
          MAX_REPORT_PAGES,
        ),
    }),
};
