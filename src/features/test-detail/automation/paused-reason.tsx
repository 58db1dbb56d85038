import { Alert } from '@mantine/core';
import { IconRobot } from '@tabler/icons-react';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { ruleLabel } from './rule-label';
import { useAutomationActivity } from './use-automation-activity';

/** Under the header of a paused test: which rule paused it and why (ADR 017). */
export function PausedReason({ placementTest }: { placementTest: PlacementTestDetail }) {
  const { entries } = useAutomationActivity(placementTest);
  if (placementTest.status !== 2) return null;
  const cause = entries.find((e) =>
    e.actions.some((a) => a.action === 'pause' && a.result !== 'the test was already paused'),
  );
  if (!cause) return null;
  const rule = ruleLabel(cause.rule_index, cause.condition, placementTest.automations?.[cause.rule_index]);
  return (
    <Alert
      variant="light"
      color="orange"
      // An orange title on the tinted background misses AA contrast: the title takes the text colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      icon={<IconRobot aria-hidden />}
      title={cause.inferred ? 'Probably paused by an automation (inferred)' : 'Paused by an automation'}
    >
      {rule} fired on run {cause.run_number}: {cause.measure}. Resume the test when the cause is fixed.
    </Alert>
  );
}
