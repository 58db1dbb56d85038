import { useQuery } from '@tanstack/react-query';
import type { AutomationFiring } from '../../../../core/contract/automation-firings';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { evaluateRules, firingMeasure, runHistory, type RuleInput } from '../../../../core/rules/automations';
import { analyticsQueries } from '../../../api/analytics/queries';
import { automationQueries } from '../../../api/automations/queries';
import { serverStatusQueries } from '../../../api/server-status/queries';

/** How often the activity refreshes while the test is active (rules fire as runs finish). */
const REFRESH_MS = 30_000;

export type ActivityEntry = Pick<
  AutomationFiring,
  'run_date' | 'run_number' | 'rule_index' | 'condition' | 'measure' | 'actions' | 'webhook'
> & {
  key: string;
  /** When the rule fired; unknown for an inferred entry. */
  firedAt: string | null;
  /** Not recorded (Instantly keeps no record it exposes) but worked out from the status and the run. */
  inferred: boolean;
};

/**
 * What the test's rules did (ADR 017). On the emulator, its record of firings. On Instantly,
 * which exposes none, what can be inferred: a test now Paused whose latest run fired a `pause`
 * rule, by the same evaluator the emulator uses.
 */
export function useAutomationActivity(placementTest: PlacementTestDetail) {
  const status = useQuery(serverStatusQueries.status());
  const backend = status.data?.backend;
  const active = placementTest.status === 1;
  const firings = useQuery({
    ...automationQueries.firings(placementTest.id),
    enabled: backend === 'emulator',
    refetchInterval: active ? REFRESH_MS : false,
  });
  const infer =
    backend === 'instantly' && placementTest.status === 2 && (placementTest.automations ?? []).length > 0;
  const days = useQuery({ ...analyticsQueries.statsByDate({ test_id: placementTest.id }), enabled: infer });
  const reports = useQuery({ ...automationQueries.reportHistory(placementTest.id), enabled: infer });

  if (backend === 'emulator') {
    const entries: ActivityEntry[] = (firings.data ?? []).map((f) => ({
      ...f,
      key: f.id,
      firedAt: f.timestamp_fired,
      inferred: false,
    }));
    return {
      entries,
      upstream: false,
      pending: firings.isPending,
      error: firings.isError && !firings.data ? firings.error : null,
      refetch: firings.refetch,
    };
  }
  if (!infer)
    return {
      entries: [],
      upstream: backend === 'instantly',
      pending: status.isPending,
      error: null,
      refetch: status.refetch,
    };
  const history = runHistory(days.data ?? [], reports.data?.items ?? []);
  const latest = history[history.length - 1];
  const rules = (placementTest.automations ?? []) as RuleInput[];
  const entries: ActivityEntry[] = latest
    ? evaluateRules(rules, latest, history[history.length - 2] ?? null)
        .filter((f) => f.actions.includes('pause'))
        .map((f) => ({
          key: `inferred-${f.ruleIndex}`,
          run_date: latest.date,
          run_number: latest.number,
          rule_index: f.ruleIndex,
          condition: f.condition,
          measure: firingMeasure(f),
          actions: [{ action: 'pause', result: 'the test is paused' }],
          webhook: null,
          firedAt: null,
          inferred: true,
        }))
    : [];
  const failed = days.isError || reports.isError;
  return {
    entries,
    upstream: true,
    pending: days.isPending || reports.isPending,
    error: failed ? (days.error ?? reports.error) : null,
    refetch: () => Promise.all([days.refetch(), reports.refetch()]),
  };
}
