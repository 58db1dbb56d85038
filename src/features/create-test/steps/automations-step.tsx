import { Stack, Text } from '@mantine/core';
import { AutomationFields } from '../../placement-test-ui/automation-fields/automation-fields';

export function AutomationsStep() {
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Optional. Each rule checks every run’s results and, when its condition is met, does all of its
        actions.
      </Text>
      <AutomationFields />
    </Stack>
  );
}
