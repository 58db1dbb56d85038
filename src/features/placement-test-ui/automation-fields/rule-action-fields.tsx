import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { ControlledCheckbox } from '../../../components/form/controlled-checkbox';
import { ControlledMultiSelect } from '../../../components/form/controlled-multi-select';
import { ControlledNumberInput } from '../../../components/form/controlled-number-input';
import { ControlledSegmentedControl } from '../../../components/form/controlled-segmented-control';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { WebhookTestCall } from './webhook-test-call';
import { errorText } from '../../../components/form/error-text';
import type { AutomationFieldValues } from './automation-rule';
import { useTagOptions } from './use-tag-labels';

const SLOW_RAMP_DATA = [
  { value: 'unchanged', label: 'Leave as is' },
  { value: 'enable', label: 'Turn on' },
  { value: 'disable', label: 'Turn off' },
];

/** The "then" half of a rule: each action on or empty; the rule needs at least one. */
export function RuleActionFields({ index }: { index: number }) {
  const prefix = `automations.${index}` as const;
  const { register, getFieldState, formState } = useFormContext<AutomationFieldValues>();
  const pauseCampaigns = useWatch<AutomationFieldValues, `automations.${number}.pause_campaigns`>({
    name: `${prefix}.pause_campaigns`,
  });
  const webhookUrl = useWatch<AutomationFieldValues, `automations.${number}.webhook_url`>({
    name: `${prefix}.webhook_url`,
  });
  const tags = useTagOptions();
  const tagProps = {
    data: tags.options,
    searchable: true,
    clearable: true,
    nothingFoundMessage: tags.query.isPending ? 'Loading tags…' : 'No tags',
    placeholder: tags.query.isError ? 'Tags could not be loaded' : 'None',
  };
  return (
    <Stack gap="sm">
      <ControlledCheckbox<AutomationFieldValues>
        name={`${prefix}.pause`}
        label="Pause this test"
        description="No further runs until you resume it; the activity on the test's page says why it paused."
      />
      <Group align="flex-start" gap="sm">
        <ControlledCheckbox<AutomationFieldValues>
          name={`${prefix}.pause_campaigns`}
          label="Pause sending campaigns"
          mt={4}
        />
        {pauseCampaigns && (
          <ControlledNumberInput<AutomationFieldValues>
            name={`${prefix}.pause_campaigns_days`}
            label="For how many days"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            w={160}
          />
        )}
      </Group>
      <ControlledSegmentedControl<AutomationFieldValues>
        name={`${prefix}.slow_ramp`}
        label="Slow ramp"
        data={SLOW_RAMP_DATA}
      />
      <ControlledMultiSelect<AutomationFieldValues>
        name={`${prefix}.add_tags`}
        label="Add tags"
        {...tagProps}
      />
      <ControlledMultiSelect<AutomationFieldValues>
        name={`${prefix}.remove_tags`}
        label="Remove tags"
        {...tagProps}
      />
      <TextInput
        {...register(`${prefix}.webhook_url`)}
        label="Call a webhook"
        description="An https:// address that receives a POST when the rule fires."
        placeholder="https://example.com/hooks/placement"
        inputMode="url"
        error={errorText(getFieldState(`${prefix}.webhook_url`, formState).error)}
        errorProps={ERROR_PROPS}
      />
      <WebhookTestCall url={webhookUrl ?? ''} ruleNumber={index + 1} />
      {tags.query.isError && (
        <Text size="sm" c="red">
          Tags could not be loaded; the tag actions need them.
        </Text>
      )}
    </Stack>
  );
}
