import { Stack, Textarea, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { PLACEMENT_TEST_TYPES } from '../../../../core/contract/placement-tests';
import { ControlledRadioGroup, type RadioOption } from '../../../components/form/controlled-radio-group';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { errorText } from '../../../components/form/error-text';
import type { CreateTestFormValues } from '../form-schema';

const TYPE_OPTIONS: RadioOption<1 | 2>[] = [
  {
    value: PLACEMENT_TEST_TYPES.oneTime,
    label: 'One-time',
    description: 'Runs once, right after you create it. Good for checking a change.',
  },
  {
    value: PLACEMENT_TEST_TYPES.automated,
    label: 'Automated',
    description: 'Runs on the weekdays and at the time you choose, and can act on its results.',
  },
];

export function BasicsStep() {
  const { register, formState } = useFormContext<CreateTestFormValues>();
  return (
    <Stack gap="md">
      <TextInput
        {...register('name')}
        label="Name"
        description="Shown in the tests list. For example: “Acme – Google & Outlook weekly”."
        withAsterisk
        autoComplete="off"
        error={errorText(formState.errors.name)}
        errorProps={ERROR_PROPS}
      />
      <Textarea
        {...register('description')}
        label="Description"
        description="Optional. A note for you and your team."
        autosize
        minRows={2}
        maxRows={6}
        error={errorText(formState.errors.description)}
        errorProps={ERROR_PROPS}
      />
      <ControlledRadioGroup<CreateTestFormValues, 1 | 2>
        name="type"
        label="Type"
        withAsterisk
        options={TYPE_OPTIONS}
      />
    </Stack>
  );
}
