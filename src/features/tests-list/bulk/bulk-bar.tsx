import { Button, Group, Text } from '@mantine/core';
import { IconArrowsExchange, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import type { Ref } from 'react';
import { Link } from 'wouter';
import { pluralize } from '../../../lib/format';
import classes from './bulk-bar.module.css';
import type { BulkKind, BulkProgress } from './use-bulk-actions';

const BULK_BUTTONS: { kind: BulkKind; label: string; Icon: typeof IconTrash; color?: string }[] = [
  { kind: 'pause', label: 'Pause', Icon: IconPlayerPause },
  { kind: 'resume', label: 'Resume', Icon: IconPlayerPlay },
  { kind: 'delete', label: 'Delete', Icon: IconTrash, color: 'red' },
];

export interface BulkBarProps {
  barRef: Ref<HTMLDivElement>;
  selected: number;
  /** How many of the selection each action applies to. */
  applicable: Record<BulkKind, number>;
  progress: BulkProgress | null;
  loadedText: string;
  onAction: (kind: BulkKind) => void;
  onClear: () => void;
  /** `/compare?…` when exactly two tests are selected (a link, so the compare page stays lazy). */
  compareHref?: string | null;
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
  compareHref,
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
      // Sticks under the app header while tests are selected (bulk-bar.module.css).
      data-sticky-bar={selected > 0 || busy || undefined}
      gap="sm"
      mih={36}
      wrap="wrap"
      className={classes.bar}
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
          {BULK_BUTTONS.map(({ kind, label, Icon, color }) => (
            <Button
              key={kind}
              size="xs"
              variant="default"
              color={color}
              leftSection={<Icon size={14} aria-hidden />}
              onClick={action(kind)}
              aria-disabled={disabled(kind)}
              data-disabled={disabled(kind)}
            >
              {label}
            </Button>
          ))}
          {compareHref && !busy && (
            <Button
              component={Link}
              href={compareHref}
              size="xs"
              variant="default"
              leftSection={<IconArrowsExchange size={14} aria-hidden />}
            >
              Compare
            </Button>
          )}
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
