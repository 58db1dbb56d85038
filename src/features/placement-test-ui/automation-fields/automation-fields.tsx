import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyAutomationRule, type AutomationFieldValues } from './automation-rule';
import { AutomationRuleCard } from './automation-rule-card';

/**
 * The rules list for any form that keeps `AutomationRuleValues[]` under `automations` (the
 * create wizard, the edit drawer).
 */
export function AutomationFields() {
  const { fields, remove } = useFieldArray<AutomationFieldValues, 'automations'>({
    name: 'automations',
  });
  const { getValues, setValue, setFocus } = useFormContext<AutomationFieldValues>();
  // A new rule is not an edit to check: the field array's `append` validates the whole list
  // (RHF re-validates on change), which put "Choose at least one action" on a rule the user had
  // only just added. `setValue` without `shouldValidate` adds it quietly; Next or Save checks it.
  const focusNew = useRef<number | null>(null);
  const addRule = () => {
    const rules = getValues('automations');
    focusNew.current = rules.length;
    setValue('automations', [...rules, emptyAutomationRule()]);
  };
  useEffect(() => {
    if (focusNew.current === null || focusNew.current >= fields.length) return;
    setFocus(`automations.${focusNew.current}.condition`);
    focusNew.current = null;
  }, [fields.length, setFocus]);
  return (
    <Stack gap="md">
      {fields.length === 0 && (
        <Text c="dimmed" size="sm">
          No rules yet. A rule acts on the results of each run, for example “when inbox placement goes below
          80%, pause sending campaigns for 14 days”.
        </Text>
      )}
      {fields.map((field, index) => (
        <AutomationRuleCard key={field.id} index={index} onRemove={() => remove(index)} />
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={addRule}
        w="fit-content"
      >
        {fields.length === 0 ? 'Add a rule' : 'Add another rule'}
      </Button>
    </Stack>
  );
}
