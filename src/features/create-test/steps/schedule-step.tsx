import { Stack } from '@mantine/core';
import { ControlledCheckbox } from '../../../components/form/controlled-checkbox';
import { ScheduleFields } from '../../placement-test-ui/schedule-fields/schedule-fields';
import type { CreateTestFormValues } from '../form-schema';

export function ScheduleStep() {
  return (
    <Stack gap="lg">
      <ScheduleFields />
      <ControlledCheckbox<CreateTestFormValues>
        name="run_immediately"
        label="Run once right away as well"
        description="Sends one run as soon as the test is created, on top of the schedule above."
      />
    </Stack>
  );
}
