import { Stack, Textarea, TextInput } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { ERROR_PROPS } from '../../../components/form/error-props';
import { errorText } from '../../../components/form/error-text';
import { EmailPreview } from '../../placement-test-ui/email-preview/email-preview';
import type { CreateTestFormValues } from '../form-schema';

export function ContentStep() {
  const { register, formState, control } = useFormContext<CreateTestFormValues>();
  const [subject, body] = useWatch({ control, name: ['email_subject', 'email_body'] });
  return (
    <Stack gap="md">
      <TextInput
        {...register('email_subject')}
        label="Subject"
        withAsterisk
        autoComplete="off"
        description="Use the subject line of the campaign you are testing."
        error={errorText(formState.errors.email_subject)}
        errorProps={ERROR_PROPS}
      />
      <Textarea
        {...register('email_body')}
        label="Body"
        withAsterisk
        description="Plain text or HTML, as in your campaign."
        autosize
        minRows={6}
        maxRows={16}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        error={errorText(formState.errors.email_body)}
        errorProps={ERROR_PROPS}
      />
      <EmailPreview subject={subject} body={body} />
    </Stack>
  );
}
