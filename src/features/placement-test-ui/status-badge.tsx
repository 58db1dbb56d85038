import { Badge } from '@mantine/core';
import { STATUS_LABELS, type PlacementTestStatus } from '../../../core/contract/placement-tests';

/*
 * Gray's filled shade is gray 8 in dark mode: a dot invisible on the dark page. Gray 7 / gray 5
 * keep the dot at 3:1 or more against the page and a selected row in both schemes (WCAG 1.4.11).
 */
const GRAY_DOT = 'light-dark(var(--mantine-color-gray-7), var(--mantine-color-gray-5))';
const COLORS: Record<PlacementTestStatus, string> = { 1: 'teal', 2: 'yellow', 3: GRAY_DOT };

/**
 * A test's status (Active, Paused, Completed). The dot variant keeps the text at full contrast
 * in both schemes; the colour is a second cue, never the only one.
 */
export function StatusBadge({ status }: { status: PlacementTestStatus | null | undefined }) {
  if (!status) {
    return (
      <Badge variant="dot" color={GRAY_DOT} tt="none" maw="none">
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
