import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { NOT_SENDING_LABELS, type PlacementTest } from '../../../core/contract/placement-tests';

/** Shown next to the status when a test is not sending; nothing when it is fine ("" or null). */
export function NotSendingBadge({ value }: { value: PlacementTest['not_sending_status'] }) {
  if (!value) return null;
  return (
    <Badge
      variant="outline"
      color="red.9"
      tt="none"
      maw="none"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      styles={{ root: { color: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-3))' } }}
    >
      {NOT_SENDING_LABELS[value]}
    </Badge>
  );
}
