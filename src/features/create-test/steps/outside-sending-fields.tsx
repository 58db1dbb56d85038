import { Alert, Code, Stack, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useFormContext } from 'react-hook-form';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { errorText } from '../../../components/form/error-text';
import type { CreateTestFormValues } from '../form-schema';
import { READABLE_ALERT_STYLES } from '../readable-alert';

/** `test_code` rule (docs/api/reference.md §3.6): blank, or ptid_ + 1–45 of [A-Za-z0-9_-]; prefix added. */
export function OutsideSendingFields() {
  const { register, formState } = useFormContext<CreateTestFormValues>();
  return (
    <Stack gap="md">
      <TextInput
        {...register('test_code')}
        label="Test code"
        description={
          <>
            Optional. <Code>ptid_</Code> followed by 1–45 letters, digits, “-” or “_”; we add{' '}
            <Code>ptid_</Code> if you leave it out. Leave blank and Instantly generates one.
          </>
        }
        placeholder="ptid_spring-launch"
        autoComplete="off"
        spellCheck={false}
        error={errorText(formState.errors.test_code)}
        errorProps={ERROR_PROPS}
      />
      <Alert
        styles={READABLE_ALERT_STYLES}
        role="note"
        variant="light"
        color="blue"
        icon={<IconInfoCircle aria-hidden />}
        title="What happens next"
      >
        After you create the test, this page lists the seed addresses to send your email to, with the test
        code to include. Results appear once the seeds receive it.
      </Alert>
    </Stack>
  );
}
