import { Code, Group, Stack, Text, Title } from '@mantine/core';
import { CopyValueButton } from '../../components/copy-value-button';

/**
 * What a test sent from outside Instantly needs, in one wording for the wizard, the test's
 * Settings and its empty Results: where the test code goes is said the same way everywhere.
 */
export const OUTSIDE_SENDING_HOW =
  'Send your email from your own tool to every seed address, with the test code anywhere in the email body, so Instantly can match what the seeds receive to this test.';

/** The test code with a copy button, under its own heading. */
export function TestCodeBlock({ code }: { code: string | null | undefined }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Test code
      </Title>
      <Group gap="xs" wrap="nowrap">
        <Code fz="md" data-testid="test-code" style={{ overflowWrap: 'anywhere' }}>
          {code || 'None returned'}
        </Code>
        {code && <CopyValueButton value={code} label="test code" />}
      </Group>
    </Stack>
  );
}

export function OutsideSendingHow() {
  return <Text size="sm">{OUTSIDE_SENDING_HOW}</Text>;
}
