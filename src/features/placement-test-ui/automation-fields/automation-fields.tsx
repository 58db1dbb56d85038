import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { emptyAutomationRule, type AutomationFieldValues } from './automation-rule';
import { AutomationRuleCard } from './automation-rule-card';
import { DryRunPicker } from './dry-run-picker';
import { DryRunSourceContext, type DryRunSource } from './dry-run-source';

/**
 * The rules list for any form that keeps `AutomationRuleValues[]` under `automations` (the
 * create wizard, the edit drawer). Each rule is tried on a test's runs (the dry run): the edited
 * test's own (`historyOf`), or, for a new test, an existing one the user picks.
 */
export function AutomationFields({ historyOf }: { historyOf?: { id: string; name: string } }) {
  const [picked, setPicked] = useState<DryRunSource>(null);
  const source = historyOf ?? picked;
  const { fields, append, remove } = useFieldArray<AutomationFieldValues, 'automations'>({
    name: 'automations',
  });
  // Rules beyond those the form opened with were added here: they start quiet (rule card).
  const [openedWith] = useState(fields.length);
  return (
    <DryRunSourceContext.Provider value={{ source, editing: historyOf !== undefined }}>
      <Stack gap="md">
        {!historyOf && fields.length > 0 && <DryRunPicker value={picked} onChange={setPicked} />}
        {fields.length === 0 && (
          <Text c="dimmed" size="sm">
            No rules yet. A rule acts on the results of each run, for example “when inbox placement goes below
            80%, pause sending campaigns for 14 days”.
          </Text>
        )}
        {fields.map((field, index) => (
          <AutomationRuleCard
            key={field.id}
            index={index}
            added={index >= openedWith}
            onRemove={() => remove(index)}
          />
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            append(emptyAutomationRule(), { focusName: `automations.${fields.length}.condition` })
          }
          w="fit-content"
        >
          {fields.length === 0 ? 'Add a rule' : 'Add another rule'}
        </Button>
      </Stack>
    </DryRunSourceContext.Provider>
  );
}
