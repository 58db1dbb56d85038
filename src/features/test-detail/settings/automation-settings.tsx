import { List, Text } from '@mantine/core';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { fromApiAutomation } from '../../placement-test-ui/automation-fields/automation-rule';
import { describeRule } from '../../placement-test-ui/automation-fields/describe-rule';
import { useTagOptions } from '../../placement-test-ui/automation-fields/use-tag-labels';
import { SectionCard } from '../section-card';

/** Each automation as a sentence: "When inbox placement goes below 80%, pause …". */
export function AutomationSettings({ placementTest }: { placementTest: PlacementTestDetail }) {
  const automations = placementTest.automations ?? [];
  return (
    <SectionCard title="Automations">
      {automations.length === 0 ? (
        <Text size="sm">No automations. Add rules with Edit to act on each run’s results.</Text>
      ) : (
        <AutomationSentences placementTest={placementTest} />
      )}
    </SectionCard>
  );
}

function AutomationSentences({ placementTest }: { placementTest: PlacementTestDetail }) {
  const { labelOf } = useTagOptions();
  const tagLabel = (id: string) => placementTest.metadata?.tags?.[id]?.label ?? labelOf(id);
  return (
    <List size="sm" spacing={6}>
      {(placementTest.automations ?? []).map((automation, i) => (
        <List.Item key={i}>{describeRule(fromApiAutomation(automation), tagLabel)}</List.Item>
      ))}
    </List>
  );
}
