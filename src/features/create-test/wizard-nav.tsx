import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { READABLE_ALERT_STYLES } from './readable-alert';

type Props = {
  isFirst: boolean;
  isLast: boolean;
  pending: boolean;
  formError: string | null;
  savedAt: Date | null;
  onBack: () => void;
};

/** Back / Next / Create test, the create failure above them, and whether the draft is saved. */
export function WizardNav({ isFirst, isLast, pending, formError, savedAt, onBack }: Props) {
  return (
    <Stack gap="sm">
      {formError && (
        <Alert
          styles={READABLE_ALERT_STYLES}
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="The test was not created"
        >
          {formError} Everything you entered is still here.
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
