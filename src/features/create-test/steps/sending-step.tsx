import { Stack } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { SENDING_METHODS } from '../../../../core/contract/placement-tests';
import { ControlledRadioGroup, type RadioOption } from '../../../components/form/controlled-radio-group';
import type { CreateTestFormValues } from '../form-schema';
import { InstantlySendingFields } from './instantly-sending-fields';
import { OutsideSendingFields } from './outside-sending-fields';

const METHOD_OPTIONS: RadioOption<1 | 2>[] = [
  {
    value: SENDING_METHODS.instantly,
    label: 'From Instantly',
    description: 'Instantly sends the test from the accounts you pick.',
  },
  {
    value: SENDING_METHODS.outside,
    label: 'From outside Instantly',
    description: 'You send the email yourself, from any tool, with the test code anywhere in the email body.',
  },
];

export function SendingStep() {
  const method = useWatch<CreateTestFormValues, 'sending_method'>({ name: 'sending_method' });
  return (
    <Stack gap="lg">
      <ControlledRadioGroup<CreateTestFormValues, 1 | 2>
        name="sending_method"
        label="Sending method"
        withAsterisk
        options={METHOD_OPTIONS}
      />
      {method === SENDING_METHODS.outside ? <OutsideSendingFields /> : <InstantlySendingFields />}
    </Stack>
  );
}
