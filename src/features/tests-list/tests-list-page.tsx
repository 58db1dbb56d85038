import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useRef } from 'react';
import { Link } from 'wouter';
import { pluralize } from '../../lib/format';
import { hasFilters } from './list-view';
import { LoadMore } from './load-more';
import { TestsListContent } from './tests-list-content';
import { TestsToolbar } from './tests-toolbar';
import { useListActions } from './use-list-actions';
import { useListView } from './use-list-view';
import { useRowSelection } from './use-row-selection';
import { useTestsList } from './use-tests-list';

// Mutations, dialogs and bulk actions load right after the page, not with the first route: loading
// them at mount (not later) means a connection lost after the rows appear still leaves them working.
const ListActions = lazy(async () => ({ default: (await import('./list-actions')).ListActions }));

export function TestsListPage() {
  useDocumentTitle('Tests · Inbox placement');
  const { view, update, clearFilters } = useListView();
  const { query, shown, rows, params, nameSort } = useTestsList(view);
  const selection = useRowSelection(rows, JSON.stringify(params));
  const { handleRef, onToggleStatus, onDelete } = useListActions();
  const barRef = useRef<HTMLDivElement>(null);

  const loadedText =
    !shown.data || rows.length === 0
      ? ''
      : shown.isPlaceholderData
        ? 'Loading…'
        : `${pluralize(rows.length, 'test')} loaded${shown.hasNextPage ? ', more available' : ''}`;

  // Until the actions' chunk is here, the bar shows only the count.
  const bar = (
    <Group ref={barRef} tabIndex={-1} role="group" aria-label="Selection" mih={36}>
      <Text size="sm" c="dimmed">
        {loadedText}
      </Text>
    </Group>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2}>Tests</Title>
        <Button component={Link} href="/tests/new" leftSection={<IconPlus size={16} aria-hidden />}>
          New test
        </Button>
      </Group>
      <TestsToolbar view={view} onChange={update} nameSort={nameSort} />
      <Suspense fallback={bar}>
        <ListActions
          handleRef={handleRef}
          barRef={barRef}
          selectedRows={selection.selectedRows}
          loadedText={loadedText}
          onSelect={selection.select}
        />
      </Suspense>
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
    </Stack>
  );
}
