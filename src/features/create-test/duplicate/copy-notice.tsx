import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { READABLE_ALERT_STYLES } from '../readable-alert';

export interface CopyNote {
  sourceName: string;
  /** A one-time test run again rather than a copy of an automated one. */
  again: boolean;
  parts: string[];
}

const listWords = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Above the wizard filled from another test: what was copied, and that nothing is created yet. */
export function CopyNotice({ note, onDiscard }: { note: CopyNote; onDiscard: () => void }) {
  return (
    <Alert
      styles={READABLE_ALERT_STYLES}
      role="status"
      color="blue"
      variant="light"
      icon={<IconCopy aria-hidden />}
      title={note.again ? `Running “${note.sourceName}” again` : `A copy of “${note.sourceName}”`}
    >
      <Group justify="space-between" gap="sm" align="flex-end">
        <Text size="sm" style={{ flex: '1 1 320px' }}>
          Copied: {listWords(note.parts)}. The name ends in “(copy)”; results, status and the test code are not
          copied. Check each step: nothing is created until you press Create.
        </Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Start blank instead
        </Button>
      </Group>
    </Alert>
  );
}
