import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { errorText } from '../../../components/form/error-text';
import type { AutomationFieldValues } from './automation-rule';
import { describeActions, describeRule } from './describe-rule';
import { RuleActionFields } from './rule-action-fields';
import { RuleConditionFields } from './rule-condition-fields';
import { RuleDryRun } from './rule-dry-run';
import { useTagOptions } from './use-tag-labels';

/** One rule as a fieldset: condition, actions, and the rule read back as a sentence. */
export function AutomationRuleCard({
  index,
  added,
  onRemove,
}: {
  index: number;
  /** Added in this form, not opened with it: quiet until the user has been through it. */
  added: boolean;
  onRemove: () => void;
}) {
  const rule = useWatch<AutomationFieldValues, `automations.${number}`>({ name: `automations.${index}` });
  const { getFieldState, formState, clearErrors } = useFormContext<AutomationFieldValues>();
  const { labelOf } = useTagOptions();
  // `then` is not an input: it carries "choose at least one action" for the whole rule.
  const thenPath = `automations.${index}.then` as `automations.${number}`;
  const thenError = errorText(getFieldState(thenPath, formState).error);
  const hasAction = describeActions(rule).length > 0;
  // Adding a rule makes react-hook-form check the whole list at once, which put "Choose at least
  // one action" on a rule the user had only just added. A new rule keeps that to itself until
  // focus leaves it (to Next, Save, or anywhere else): then it is a rule the user left as it is.
  const [heard, setHeard] = useState(!added);
  // No input owns `then`, so nothing re-validates it: clear it once an action is chosen.
  useEffect(() => {
    if (hasAction && thenError) clearErrors(thenPath);
  }, [hasAction, thenError, clearErrors, thenPath]);
  return (
    <Fieldset
      legend={`Rule ${index + 1}`}
      variant="filled"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeard(true);
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          <Text span fw={600}>
            Reads:{' '}
          </Text>
          <Text span fs="italic">
            {describeRule(rule, labelOf)}
          </Text>
        </Text>
        <RuleConditionFields index={index} />
        <RuleDryRun rule={rule} />
        <Text fw={600} size="sm">
          Then
        </Text>
        <RuleActionFields index={index} />
        {thenError && !hasAction && heard && (
          <Text role="alert" size="sm" c="red">
            {thenError}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={onRemove}
          >
            Remove rule {index + 1}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
