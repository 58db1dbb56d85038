import { Button, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useRef } from 'react';
import { Link } from 'wouter';
import { useConfirmDelete } from '../placement-test-ui/use-confirm-delete';
import { pluralize } from '../../lib/format';
import { hasFilters } from './list-view';
import { BulkActions } from './bulk/bulk-actions';
import { LoadMore } from './table/load-more';
import { TestsListContent } from './tests-list-content';
import { TestsToolbar } from './toolbar/tests-toolbar';
import { useDeleteOne } from './use-delete-one';
import { useListView } from './use-list-view';
import { useRowSelection } from './bulk/use-row-selection';
import { useTestsList } from './use-tests-list';
import { useToggleStatus } from './use-toggle-status';

export function TestsListPage() {
  useDocumentTitle('Tests · Inbox placement');
  const { view, update, clearFilters } = useListView();
  const { query, shown, rows, params, nameSort } = useTestsList(view);
  const selection = useRowSelection(rows, JSON.stringify(params));
  const barRef = useRef<HTMLDivElement>(null);
  const onToggleStatus = useToggleStatus();
  const { confirmDelete, dialog } = useConfirmDelete();
  const onDelete = useDeleteOne(
    confirmDelete,
    useCallback(() => barRef.current, []),
  );

  const loadedText =
    !shown.data || rows.length === 0
      ? ''
      : shown.isPlaceholderData
        ? 'Loading…'
        : `${pluralize(rows.length, 'test')} loaded${shown.hasNextPage ? ', more available' : ''}`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2}>Tests</Title>
        <Button component={Link} href="/tests/new" leftSection={<IconPlus size={16} aria-hidden />}>
          New test
        </Button>
      </Group>
      <TestsToolbar view={view} onChange={update} nameSort={nameSort} />
      <BulkActions
        confirmDelete={confirmDelete}
        barRef={barRef}
        selectedRows={selection.selectedRows}
        loadedText={loadedText}
        onSelect={selection.select}
      />
      <TestsListContent
        query={query}
        shown={shown}
        rows={rows}
        view={view}
        filtered={hasFilters(view)}
        selection={selection}
        onClearFilters={clearFilters}
        onToggleStatus={onToggleStatus}
        onDelete={onDelete}
      />
      <LoadMore
        hasMore={shown.hasNextPage && !shown.isPlaceholderData}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {dialog}
    </Stack>
  );
}
