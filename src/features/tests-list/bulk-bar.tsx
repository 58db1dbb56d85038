import { Button, Group, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import type { Ref } from 'react';
import { pluralize } from '../../lib/format';
import type { BulkKind, BulkProgress } from './use-bulk-actions';

export interface BulkBarProps {
  barRef: Ref<HTMLDivElement>;
  selected: number;
  /** How many of the selection each action applies to. */
  applicable: Record<BulkKind, number>;
  progress: BulkProgress | null;
  loadedText: string;
  onAction: (kind: BulkKind) => void;
  onClear: () => void;
}

const VERBS: Record<BulkKind, string> = { pause: 'Pausing', resume: 'Resuming', delete: 'Deleting' };

/**
 * Above the table, same height in every state (so rows do not jump): the loaded count, or the
 * bulk actions for a selection, with progress while they run.
 */
export function BulkBar({
  barRef,
  selected,
  applicable,
  progress,
  loadedText,
  onAction,
  onClear,
}: BulkBarProps) {
  const busy = progress !== null;
  const action = (kind: BulkKind) => () => {
    if (!busy) onAction(kind);
  };
  const disabled = (kind: BulkKind) => (busy || applicable[kind] === 0 ? true : undefined);
  return (
    <Group
      ref={barRef}
      tabIndex={-1}
      role="group"
      aria-label="Selection"
      gap="sm"
      mih={36}
      wrap="wrap"
      style={{ outline: 'none' }}
    >
      {selected === 0 && !busy ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {loadedText}
        </Text>
      ) : (
        <>
          <Text size="sm" fw={500}>
            {pluralize(selected, 'test')} selected
          </Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerPause size={14} aria-hidden />}
            onClick={action('pause')}
            aria-disabled={disabled('pause')}
            data-disabled={disabled('pause')}
          >
            Pause
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            onClick={action('resume')}
            aria-disabled={disabled('resume')}
            data-disabled={disabled('resume')}
          >
            Resume
          </Button>
          <Button
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={action('delete')}
            aria-disabled={disabled('delete')}
            data-disabled={disabled('delete')}
          >
            Delete
          </Button>
          {busy ? (
            <Group gap="xs" wrap="nowrap" role="status">
              <progress
                value={progress.settled}
                max={Math.max(1, progress.total)}
                aria-label={`${VERBS[progress.kind]} tests`}
                style={{ width: 120, accentColor: 'var(--mantine-primary-color-filled)' }}
              />
              <Text size="sm">
                {VERBS[progress.kind]} {progress.settled} of {progress.total}…
              </Text>
            </Group>
          ) : (
            <Button size="xs" variant="subtle" onClick={onClear}>
              Clear selection
            </Button>
          )}
        </>
      )}
    </Group>
  );
}
