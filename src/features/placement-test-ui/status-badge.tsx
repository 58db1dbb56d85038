import { Badge } from '@mantine/core';
import { STATUS_LABELS, type PlacementTestStatus } from '../../../core/contract/placement-tests';

const COLORS: Record<PlacementTestStatus, string> = { 1: 'teal', 2: 'yellow', 3: 'gray' };

/**
 * A test's status (Active, Paused, Completed). The dot variant keeps the text at full contrast
 * in both schemes; the colour is a second cue, never the only one.
 */
export function StatusBadge({ status }: { status: PlacementTestStatus | null | undefined }) {
  if (!status) {
    return (
      <Badge variant="dot" color="gray" tt="none" maw="none">
        Unknown
      </Badge>
    );
  }
  return (
    <Badge variant="dot" color={COLORS[status]} tt="none" maw="none">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
