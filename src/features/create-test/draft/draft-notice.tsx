import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { formatDateTime } from '../../../lib/format';
import { READABLE_ALERT_STYLES } from '../readable-alert';

/** Shown when the wizard opened on a saved draft. */
export function DraftNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  return (
    <Alert
      styles={READABLE_ALERT_STYLES}
      role="status"
      color="blue"
      variant="light"
      icon={<IconRestore aria-hidden />}
      title="Draft restored"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">You are continuing the test you started ({formatDateTime(savedAt)}).</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard draft
        </Button>
      </Group>
    </Alert>
  );
}
