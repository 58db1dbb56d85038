import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link } from 'wouter';
import { READABLE_ALERT_STYLES } from './readable-alert';
import type { CreateFailure } from './use-create-submit';

const FAILURE_TITLES: Record<CreateFailure['kind'], string> = {
  'not-created': 'The test was not created',
  unknown: 'We could not tell whether the test was created',
  'created-earlier': 'An earlier try created a test',
};

type Props = {
  isFirst: boolean;
  isLast: boolean;
  pending: boolean;
  failure: CreateFailure | null;
  savedAt: Date | null;
  onBack: () => void;
};

/** Back / Next / Create test, a failed create above them, and whether the draft is saved. */
export function WizardNav({ isFirst, isLast, pending, failure, savedAt, onBack }: Props) {
  return (
    <Stack gap="sm">
      {failure && (
        <Alert
          styles={READABLE_ALERT_STYLES}
          color={failure.kind === 'not-created' ? 'red' : 'yellow'}
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={FAILURE_TITLES[failure.kind]}
        >
          {failure.message} Everything you entered is still here.
          {failure.kind === 'created-earlier' && (
            <Anchor component={Link} href={`/tests/${failure.test.id}`} display="block" mt={6}>
              Open “{failure.test.name}”
            </Anchor>
          )}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={onBack}
          disabled={isFirst || pending}
        >
          Back
        </Button>
        <Group gap="sm">
          {savedAt && (
            <Text size="xs" c="dimmed" visibleFrom="xs">
              Draft saved at {savedAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}
            </Text>
          )}
          {isLast ? (
            <Button type="submit" loading={pending} disabled={pending}>
              Create test
            </Button>
          ) : (
            <Button type="submit" rightSection={<IconArrowRight size={16} aria-hidden />}>
              Next
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
