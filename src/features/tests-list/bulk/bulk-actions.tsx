import { notifications } from '@mantine/notifications';
import { useState, type RefObject } from 'react';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import type { ConfirmDeleteRequest } from '../../placement-test-ui/use-confirm-delete';
import { pluralize } from '../../../lib/format';
import { compareSearch } from '../../placement-test-ui/comparison/compare-url';
import { BulkBar } from './bulk-bar';
import { BulkDeleteMessage } from './bulk-delete-message';
import { BulkResult } from './bulk-result';
import { bulkTargets, useBulkActions, type BulkKind, type BulkOutcome } from './use-bulk-actions';

export interface BulkActionsProps {
  confirmDelete: (request: ConfirmDeleteRequest) => void;
  barRef: RefObject<HTMLDivElement | null>;
  selectedRows: PlacementTest[];
  loadedText: string;
  onSelect: (ids: string[]) => void;
}

const PAST: Record<BulkKind, string> = { pause: 'Paused', resume: 'Resumed', delete: 'Deleted' };

/** Two selected tests, older as A (the "before"), newer as B. */
function compareHrefOf(rows: PlacementTest[]): string | null {
  if (rows.length !== 2) return null;
  const [a, b] = [...rows].sort((x, y) => x.timestamp_created.localeCompare(y.timestamp_created));
  return a && b
    ? `/compare?${compareSearch({ a: { testId: a.id, run: null }, b: { testId: b.id, run: null } })}`
    : null;
}

/** The bulk bar over the selected rows and the result of its last run (failures to retry). */
export function BulkActions({ confirmDelete, barRef, selectedRows, loadedText, onSelect }: BulkActionsProps) {
  const bulk = useBulkActions();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  const runBulk = async (kind: BulkKind) => {
    setOutcome(null);
    const result = await bulk.run(kind, selectedRows);
    const focusInBar =
      !!barRef.current?.contains(document.activeElement) || document.activeElement === document.body;
    // Failed ones stay selected for a retry; done ones leave the selection.
    onSelect(result.failed.map((f) => f.placementTest.id));
    if (result.failed.length > 0) setOutcome(result);
    else {
      const skipped = result.skipped ? ` ${pluralize(result.skipped, 'selected test')} did not apply.` : '';
      notifications.show({
        color: 'teal',
        message: `${PAST[kind]} ${pluralize(result.done.length, 'test')}.${skipped}`,
      });
    }
    if (focusInBar) barRef.current?.focus();
  };

  const onAction = (kind: BulkKind) => {
    if (kind !== 'delete') return void runBulk(kind);
    const count = selectedRows.length;
    confirmDelete({
      title: `Delete ${pluralize(count, 'test')}?`,
      message: <BulkDeleteMessage names={selectedRows.map((t) => t.name)} />,
      // The dialog closes at once; the bar shows progress and the result lists any failures.
      onConfirm: () => void runBulk('delete'),
    });
  };

  return (
    <>
      <BulkBar
        barRef={barRef}
        selected={selectedRows.length}
        applicable={{
          pause: bulkTargets('pause', selectedRows).length,
          resume: bulkTargets('resume', selectedRows).length,
          delete: selectedRows.length,
        }}
        progress={bulk.progress}
        loadedText={loadedText}
        onAction={onAction}
        onClear={() => onSelect([])}
        compareHref={compareHrefOf(selectedRows)}
      />
      {outcome && <BulkResult outcome={outcome} onDismiss={() => setOutcome(null)} />}
    </>
  );
}
