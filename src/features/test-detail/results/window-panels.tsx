import { Stack } from '@mantine/core';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { ResultsBlockSkeleton } from '../detail-skeleton';
import { useConfiguredSenders } from '../../placement-test-ui/use-configured-senders';
import { AuthPanel } from './auth-panel';
import { BlacklistPanel } from './blacklist-panel';
import { CompletenessPanel } from './completeness-panel';
import { ResultsGlossary } from './results-glossary';
import { HeadlineStats } from './headline-stats';
import { InsightsPanel } from './insights-panel';
import { PlacementPanel } from './placement-panel';
import { RecordsPanel } from './records-panel';
import type { ResultsWindow } from '../../../lib/results/window-dates';
import { ResultsToolbar } from './results-toolbar';
import { SenderMatrix } from './sender-matrix';
import { SpamAssassinPanel } from './spam-assassin-panel';
import { TrendPanel } from './trend-panel';
import { useWindowResults } from './use-window-queries';
import { FixFirstPanel } from './fix-first-panel';
import { useFixFirst } from './use-fix-first';
import { useScrollToHash } from './section-ids';
import { AutomationActivity } from '../automation/automation-activity';
import { useAutomationActivity } from '../automation/use-automation-activity';

export interface WindowResultsProps {
  placementTest: PlacementTestDetail;
  window: ResultsWindow;
  dates: string[];
  now: Date;
  onWindowChange: (window: ResultsWindow) => void;
}

/** Every results block for one window; each shows its own loading and error state. */
export function WindowResults({ placementTest, window, dates, now, onWindowChange }: WindowResultsProps) {
  const { senders, accountOf, loading: sendersLoading } = useConfiguredSenders(placementTest);
  const noSenders = senders.length === 0 && placementTest.sending_method === 2;
  const expectedPerRun =
    sendersLoading || noSenders ? null : senders.length * placementTest.recipients.length;
  const { days, records, stats, reports, completeness } = useWindowResults(
    placementTest,
    window,
    now,
    expectedPerRun,
  );
  const automated = placementTest.type === 2;
  const items = records.data?.items ?? [];
  const fixFirst = useFixFirst({ window, dates, now, senders, sendersLoading, records, reports, days, completeness });
  useScrollToHash(!records.isPending && !reports.isPending);
  const activity = useAutomationActivity(placementTest);
  const showActivity = (placementTest.automations?.length ?? 0) > 0 || activity.entries.length > 0;
  const markers = activity.entries.map((e) => ({ date: e.run_date, label: `Rule ${e.rule_index + 1}` }));
  return (
    <Stack gap="md">
      <ResultsToolbar
        testId={placementTest.id}
        window={window}
        dates={dates}
        onChange={onWindowChange}
        automated={automated}
      />
      <FixFirstPanel result={fixFirst} />
      <CompletenessPanel
        completeness={completeness}
        perRun={expectedPerRun}
        lastSentAt={items[0]?.timestamp_created}
        now={now}
      />
      <ResultsGlossary />
      <HeadlineStats query={stats} />
      {automated && <InsightsPanel testId={placementTest.id} window={window} dates={dates} now={now} />}
      {automated && <TrendPanel days={days.data ?? []} markers={markers} />}
      {showActivity && <AutomationActivity placementTest={placementTest} activity={activity} upstream={activity.upstream} />}
      {records.isPending ? (
        <ResultsBlockSkeleton rows={8} />
      ) : records.isError && !records.data ? (
        <QueryErrorAlert
          title="Could not load the records"
          error={records.error}
          retrying={records.isFetching}
          onRetry={() => void records.refetch()}
        />
      ) : (
        <>
          <PlacementPanel records={items} truncated={records.data?.truncated ?? false} />
          <SenderMatrix
            records={items}
            senders={senders}
            accountOf={accountOf}
            testName={placementTest.name}
          />
          <AuthPanel records={items} />
        </>
      )}
      <BlacklistPanel query={reports} />
      <SpamAssassinPanel query={reports} />
      <RecordsPanel
        placementTest={placementTest}
        window={window}
        now={now}
        senders={senders}
        collecting={completeness.state === 'collecting'}
        pendingDay={completeness.pendingDay}
      />
    </Stack>
  );
}
