import { Group } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { AUTOMATION_CONDITIONS } from '../../../../core/contract/placement-tests';
import { ControlledNumberInput } from '../../../components/form/controlled-number-input';
import { ControlledSelect } from '../../../components/form/controlled-select';
import { isPlacementCondition, type AutomationFieldValues } from './automation-rule';
import { CONDITION_LABELS } from './describe-rule';

const CONDITION_OPTIONS = AUTOMATION_CONDITIONS.map((value) => ({ value, label: CONDITION_LABELS[value] }));

/** "When [condition] [N] %": the percentage only for placement conditions. */
export function RuleConditionFields({ index }: { index: number }) {
  const condition = useWatch<AutomationFieldValues, `automations.${number}.condition`>({
    name: `automations.${index}.condition`,
  });
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <ControlledSelect<AutomationFieldValues>
        name={`automations.${index}.condition`}
        label="When"
        data={CONDITION_OPTIONS}
        allowDeselect={false}
        style={{ flex: '1 1 260px' }}
      />
      {isPlacementCondition(condition) && (
        <ControlledNumberInput<AutomationFieldValues>
          name={`automations.${index}.condition_value`}
          label="Placement (%)"
          min={0}
          max={100}
          suffix="%"
          allowNegative={false}
          clampBehavior="none"
          style={{ flex: '0 1 150px' }}
        />
      )}
    </Group>
  );
}
