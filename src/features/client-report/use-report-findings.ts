import { useMemo } from 'react';
import type { AnalyticsRecord, DateStats } from '../../../core/contract/analytics';
import type { PlacementTestDetail } from '../../../core/contract/placement-tests';
import type { Report } from '../../../core/contract/reports';
import { rankFindings } from '../../../core/rules/fix-first';
import { fixFirstEvidence } from '../../lib/results/fix-first-evidence';
import { useConfiguredSenders } from '../placement-test-ui/use-configured-senders';

/** One run of one test with everything the report reads of it. */
export interface LoadedRun {
  placementTest: PlacementTestDetail;
  run: string;
  /** The test's run days, newest first. */
  runs: string[];
  days: DateStats[];
  records: AnalyticsRecord[];
  reports: Report[];
}

/**
 * "What to fix first" for one run, counted exactly as the test page counts it (the same evidence,
 * src/lib/results/fix-first-evidence.ts, and the same ranking, core/rules/fix-first.ts).
 * `null` while the test's tagged senders are still being looked up, or when nothing was received.
 */
export function useReportFindings(
  input: LoadedRun & {
    /** Emails the seeds received in the run: nothing received, nothing to rank. */
    received: number;
  },
): string[] | null {
  const { placementTest, run, runs, days, records, reports, received } = input;
  const { senders, loading } = useConfiguredSenders(placementTest);
  const key = senders.join('\n');
  return useMemo(() => {
    if (loading || received === 0) return null;
    const evidence = fixFirstEvidence({
      records,
      senders: key ? key.split('\n') : [],
      reports,
      days,
      window: { kind: 'run', date: run },
      dates: runs,
      // Only a window of days reads the clock; a run is its own day.
      now: new Date(`${run}T12:00:00Z`),
    });
    return rankFindings(evidence).map((f) => f.sentence);
  }, [loading, received, records, key, reports, days, run, runs]);
}
