import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { runHistory } from '../../../../core/rules/automations';
import { analyticsQueries } from '../../../api/analytics/queries';
import { automationQueries } from '../../../api/automations/queries';
import { isPlacementCondition, toApiAutomation, type AutomationRuleValues } from './automation-rule';
import { DryRunSourceContext } from './dry-run-source';
import { dryRunText } from './dry-run-text';

/** The rule replayed over a test's runs, with the evaluator the emulator acts with (ADR 017). */
export function RuleDryRun({ rule }: { rule: AutomationRuleValues }) {
  const { source, editing } = useContext(DryRunSourceContext);
  const id = source?.id ?? '';
  const blacklist = !isPlacementCondition(rule.condition);
  const days = useQuery({ ...analyticsQueries.statsByDate({ test_id: id }), enabled: id !== '' });
  const reports = useQuery({ ...automationQueries.reportHistory(id), enabled: id !== '' && blacklist });
  if (!source) return null;
  const value = rule.condition_value;
  const text = (() => {
    if (!blacklist && (value === null || !Number.isFinite(value)))
      return 'Enter a percentage to try the rule.';
    if (days.isPending || (blacklist && reports.isPending)) return 'Trying the rule on the runs so far…';
    if (days.isError || (blacklist && reports.isError))
      return 'The runs could not be loaded to try the rule.';
    const history = runHistory(days.data, reports.data?.items ?? []);
    return dryRunText(toApiAutomation(rule), history, editing ? 'this test’s' : `“${source.name}”’s`);
  })();
  return (
    <Text size="sm" role="status">
      <Text span fw={600}>
        Dry run:{' '}
      </Text>
      {text}
    </Text>
  );
}
