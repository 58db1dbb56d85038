import { ActionIcon } from '@mantine/core';
import { IconCopy, IconPlayerPause, IconPlayerPlay, IconRepeat, IconTrash } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import classes from './tests-table.module.css';

export interface RowActionsProps {
  placementTest: PlacementTest;
  onToggleStatus: (placementTest: PlacementTest) => void;
  onDelete: (placementTest: PlacementTest) => void;
}

/**
 * Pause (active) or Resume (paused), Duplicate (Run again for a one-time test: the wizard filled
 * from it, ADR 018), and Delete. Completed tests cannot be resumed.
 */
export function RowActions({ placementTest, onToggleStatus, onDelete }: RowActionsProps) {
  const { name, status } = placementTest;
  const again = placementTest.type === 1;
  const toggle = status === 1 ? 'Pause' : status === 2 ? 'Resume' : null;
  return (
    <div className={classes.actions}>
      {toggle ? (
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={`${toggle} ${name}`}
          title={toggle}
          onClick={() => onToggleStatus(placementTest)}
        >
          {toggle === 'Pause' ? (
            <IconPlayerPause size={18} aria-hidden />
          ) : (
            <IconPlayerPlay size={18} aria-hidden />
          )}
        </ActionIcon>
      ) : (
        // Keeps the Delete buttons in one column.
        <span style={{ width: 'var(--ai-size-lg, 34px)' }} />
      )}
      <ActionIcon
        component={Link}
        href={`/tests/new?from=${encodeURIComponent(placementTest.id)}`}
        variant="default"
        size="lg"
        aria-label={`${again ? 'Run again' : 'Duplicate'} ${name}`}
        title={again ? 'Run again' : 'Duplicate'}
      >
        {again ? <IconRepeat size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Delete ${name}`}
        title="Delete"
        onClick={() => onDelete(placementTest)}
        data-row-delete
      >
        <IconTrash size={18} aria-hidden color="var(--mantine-color-red-text)" />
      </ActionIcon>
    </div>
  );
}
