import { IconCopy, IconPlayerPause, IconPlayerPlay, IconRepeat, IconTrash } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { RowIconButton } from '../../../components/row-icon-button';
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
  const [, navigate] = useLocation();
  const toggle = status === 1 ? 'Pause' : status === 2 ? 'Resume' : null;
  return (
    <div className={classes.actions}>
      {toggle ? (
        <RowIconButton
          aria-label={`${toggle} ${name}`}
          title={toggle}
          onClick={() => onToggleStatus(placementTest)}
        >
          {toggle === 'Pause' ? (
            <IconPlayerPause size={16} aria-hidden />
          ) : (
            <IconPlayerPlay size={16} aria-hidden />
          )}
        </RowIconButton>
      ) : (
        // Keeps the Delete buttons in one column.
        <span style={{ width: 'var(--ai-size-md, 28px)' }} />
      )}
      {/* A button like its neighbours (a link would share the row's name link's words). */}
      <RowIconButton
        onClick={() => navigate(`/tests/new?from=${encodeURIComponent(placementTest.id)}`)}
        aria-label={`${again ? 'Run again' : 'Duplicate'} ${name}`}
        title={again ? 'Run again' : 'Duplicate'}
      >
        {again ? <IconRepeat size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
      </RowIconButton>
      <RowIconButton
        aria-label={`Delete ${name}`}
        title="Delete"
        onClick={() => onDelete(placementTest)}
        data-row-delete
      >
        <IconTrash size={16} aria-hidden color="var(--mantine-color-red-text)" />
      </RowIconButton>
    </div>
  );
}
