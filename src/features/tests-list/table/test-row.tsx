import { memo, type Ref } from 'react';
import { Link } from 'wouter';
import {
  SENDING_METHOD_LABELS,
  TYPE_LABELS,
  type PlacementTest,
} from '../../../../core/contract/placement-tests';
import { NotSendingBadge } from '../../placement-test-ui/not-sending-badge';
import { StatusBadge } from '../../placement-test-ui/status-badge';
import { shortLabels } from '../../../../core/rules/esp-labels';
import { pluralize } from '../../../lib/format';
import { formatCreated } from './cell-format';
import { InboxCell, LastRunCell, SpamCell } from './figure-cells';
import { RowActions } from './row-actions';
import { ScheduleCell } from './schedule-cell';
import { SelectCheckbox } from './select-checkbox';
import classes from './tests-table.module.css';

export interface TestRowProps {
  placementTest: PlacementTest;
  selected: boolean;
  now: Date;
  onSelect: (id: string, selected: boolean) => void;
  onToggleStatus: (placementTest: PlacementTest) => void;
  onDelete: (placementTest: PlacementTest) => void;
  /** Set when virtualized: the row's position (header = 1) and the virtualizer's measuring ref. */
  ariaRowIndex?: number;
  index?: number;
  rowRef?: Ref<HTMLTableRowElement>;
}

/** One test. Memoized: with thousands loaded, a toggle re-renders only the row it changes. */
export const TestRow = memo(function TestRow({
  placementTest: t,
  selected,
  now,
  onSelect,
  onToggleStatus,
  onDelete,
  ariaRowIndex,
  index,
  rowRef,
}: TestRowProps) {
  return (
    <tr
      role="row"
      ref={rowRef}
      data-index={index}
      data-row-id={t.id}
      data-selected={selected || undefined}
      aria-rowindex={ariaRowIndex}
    >
      <td role="cell" className={classes.pinCheck}>
        <SelectCheckbox
          label={`Select ${t.name}`}
          checked={selected}
          onChange={(event) => onSelect(t.id, event.currentTarget.checked)}
        />
      </td>
      <td role="cell" className={classes.pinName}>
        <Link
          href={`/tests/${t.id}`}
          className={`mantine-focus-auto ${classes.name}`}
          // Two lines are shown; the whole name on hover, and on focus (CSS) for the keyboard.
          title={t.name}
          data-row-link
        >
          {t.name}
        </Link>
        {/* The type under the name, as on a card: one column less on laptop widths (ADR 012). */}
        <span className={classes.subline}>
          <span className={classes.nowrap}>{TYPE_LABELS[t.type]}</span> ·{' '}
          <span className={classes.nowrap}>{SENDING_METHOD_LABELS[t.sending_method]}</span>
        </span>
      </td>
      <td role="cell">
        <div className={classes.badges}>
          <StatusBadge status={t.status} />
          <NotSendingBadge value={t.not_sending_status} status={t.status} />
        </div>
      </td>
      <td role="cell" data-label="Inbox">
        <InboxCell testId={t.id} />
      </td>
      <td role="cell" data-label="Spam">
        <SpamCell testId={t.id} />
      </td>
      <td role="cell" data-label="Last run">
        <LastRunCell testId={t.id} oneTime={t.type !== 2} />
      </td>
      <td role="cell" data-label="Recipients">
        <span className={classes.line}>{pluralize(t.recipients.length, 'inbox', 'inboxes')}</span>
        <span className={classes.subline}>{shortLabels(t.recipients_labels)}</span>
      </td>
      <td role="cell" data-label="Schedule">
        <ScheduleCell placementTest={t} now={now} />
      </td>
      <td role="cell" data-label="Created" className={classes.nowrap}>
        {formatCreated(t.timestamp_created, now)}
      </td>
      <td role="cell" className={classes.pinActions}>
        <RowActions placementTest={t} onToggleStatus={onToggleStatus} onDelete={onDelete} />
      </td>
    </tr>
  );
});
