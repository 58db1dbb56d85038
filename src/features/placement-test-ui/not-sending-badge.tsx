import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId } from 'react';
import {
  NOT_SENDING_LABELS,
  type PlacementTest,
  type PlacementTestStatus,
} from '../../../core/contract/placement-tests';
import classes from './not-sending-badge.module.css';

/** What each not-sending state means and what to do (docs/api/reference.md §2, `not_sending_status`). */
export const NOT_SENDING_HELP = {
  daily_limits_hit:
    'Instantly held this test’s emails back: its sending accounts reached their daily sending limit. It sends again when the limits reset the next day; raise the accounts’ daily limit in Instantly to send sooner.',
  other:
    'Instantly says this test is not sending but gives no reason. Check its sending accounts in Instantly: paused, disconnected or failing accounts do not send.',
} as const;

/**
 * Shown next to the status when an active test is not sending; nothing when it is fine ("" or
 * null) or when it is paused or completed (it is not meant to send then). The badge is a button
 * that opens the explanation in a native popover: keyboard-reachable, Escape closes it, and it
 * costs no positioning library on the first route.
 */
export function NotSendingBadge({
  value,
  status,
}: {
  value: PlacementTest['not_sending_status'];
  status: PlacementTestStatus | null | undefined;
}) {
  const id = useId();
  if (!value || status === 2 || status === 3) return null;
  return (
    <span>
      <button type="button" className={classes.trigger} popoverTarget={id} aria-describedby={`${id}-hint`}>
        <Badge
          component="span"
          variant="outline"
          color="red.9"
          tt="none"
          maw="none"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          rightSection={<span aria-hidden>?</span>}
          styles={{ root: { color: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-3))' } }}
        >
          {NOT_SENDING_LABELS[value]}
        </Badge>
        <span id={`${id}-hint`} className={classes.hint}>
          What this means
        </span>
      </button>
      <span id={id} popover="auto" role="note" className={classes.popover}>
        <strong>{NOT_SENDING_LABELS[value]}.</strong> {NOT_SENDING_HELP[value]}
      </span>
    </span>
  );
}
