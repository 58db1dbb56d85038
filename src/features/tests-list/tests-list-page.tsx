import { Button, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useConfirmDelete } from '../../components/use-confirm-delete';
import { pluralize } from '../../lib/format';
import { BulkBar } from './bulk-bar';
import { BulkResult } from './bulk-result';
import { hasFilters } from './list-view';
import { LoadMore } from './load-more';
import { TestsListContent } from './tests-list-content';
import { TestsToolbar } from './tests-toolbar';
import { bulkTargets, useBulkActions, type BulkKind, type BulkOutcome } from './use-bulk-actions';
import { useDeleteOne } from './use-delete-one';
import { useListView } from './use-list-view';
import { useRowSelection } from './use-row-selection';
import { useTestsList } from './use-tests-list';
import { useToggleStatus } from './use-toggle-status';

const PAST: Record<BulkKind, string> = { pause: 'Paused', resume: 'Resumed', delete: 'Deleted' };

export function TestsListPage() {
  useDocumentTitle('Tests · Inbox placement');
  const { view, update, clearFilters } = useListView();
  const { query, rows, params, nameSort } = useTestsList(view);
  const selection = useRowSelection(rows, JSON.stringify(params));
  const toggleStatus = useToggleStatus();
  const bulk = useBulkActions();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const { confirmDelete, dialog } = useConfirmDelete();
  const deleteOne = useDeleteOne(confirmDelete, useCallback(() => barRef.current, []));

  const runBulk = async (kind: BulkKind) => {
    setOutcome(null);
    const result = await bulk.run(kind, selection.selectedRows);
    const focusInBar = !!barRef.current?.contains(document.activeElement) || document.activeElement === document.body;
    // Failed ones stay selected for a retry; done ones leave the selection.
    selection.select(result.failed.map((f) => f.placementTest.id));
    if (result.failed.length > 0) setOutcome(result);
    else {
      const skipped = result.skipped ? ` ${pluralize(result.skipped, 'selected test')} did not apply.` : '';
      notifications.show({ color: 'teal', message: `${PAST[kind]} ${pluralize(result.done.length, 'test')}.${skipped}` });
    }
    if (focusInBar) barRef.current?.focus();
  };

  const onBulk = (kind: BulkKind) => {
    if (kind !== 'delete') return void runBulk(kind);
    const count = selection.selectedRows.length;
    confirmDelete({
      title: `Delete ${pluralize(count, 'test')}?`,
      message: `The ${count === 1 ? 'selected test and its results' : `${count} selected tests and their results`} will be deleted. This cannot be undone.`,
      // The dialog closes at once; the bar shows progress and the result lists any failures.
      onConfirm: () => void runBulk('delete'),
      focusAfter: () => barRef.current,
    });
  };

  const loaded = query.isPlaceholderData ? 'Loading…' : `${pluralize(rows.length, 'test')} loaded${query.hasNextPage ? ', more available' : ''}`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2}>Tests</Title>
        <Button component={Link} href="/tests/new" leftSection={<IconPlus size={16} aria-hidden />}>
          New test
        </Button>
      </Group>
      <TestsToolbar view={view} onChange={update} nameSort={nameSort} />
      <BulkBar
        barRef={barRef}
        selected={selection.selectedRows.length}
        applicable={{
          pause: bulkTargets('pause', selection.selectedRows).length,
          resume: bulkTargets('resume', selection.selectedRows).length,
          delete: selection.selectedRows.length,
        }}
        progress={bulk.progress}
        loadedText={query.data ? loaded : ''}
        onAction={onBulk}
        onClear={() => selection.select([])}
      />
      {outcome && <BulkResult outcome={outcome} onDismiss={() => setOutcome(null)} />}
      <TestsListContent
        query={query}
        rows={rows}
        view={view}
        filtered={hasFilters(view)}
        selection={selection}
        onClearFilters={clearFilters}
        onToggleStatus={toggleStatus}
        onDelete={deleteOne}
      />
      <LoadMore
        hasMore={!!query.hasNextPage && !query.isPlaceholderData}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {dialog}
    </Stack>
  );
}
