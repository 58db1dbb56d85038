import { Button, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useNow } from '../../components/use-now';
import { Link } from 'wouter';
import { useConfirmDelete } from '../placement-test-ui/use-confirm-delete';
import { pluralize } from '../../lib/format';
import { hasFilters, refinesLoaded } from './list-view';
import { refineRows } from './refine-rows';
import { useInboxRates } from './use-inbox-rates';
import { useLatestRuns } from './use-latest-runs';
import { useLoadAll } from './use-load-all';
import { BulkActions } from './bulk/bulk-actions';
import { LoadMore } from './table/load-more';
import { TestsListContent } from './tests-list-content';
import { TestsToolbar } from './toolbar/tests-toolbar';
import { useDeleteOne } from './use-delete-one';
import { useListView } from './use-list-view';
import { useRowSelection } from './bulk/use-row-selection';
import { useTestsList } from './use-tests-list';
import { useToggleStatus } from './use-toggle-status';

const NO_PAGES: never[] = [];
// Only with a sort or filter the API cannot do: off the first route (ADR 019).
const LoadedScope = lazy(async () => ({ default: (await import('./loaded-scope')).LoadedScope }));

export function TestsListPage() {
  useDocumentTitle('Tests · Inbox placement');
  const { view, update, clearFilters } = useListView();
  const { query, shown, rows: loaded, params, nameSort } = useTestsList(view);
  const pages = shown.data?.pages ?? NO_PAGES;
  // Deferred like the rows: when the figures arrive, the cells re-render in slices.
  const figures = useDeferredValue(useLatestRuns(pages, useInboxRates(pages), useNow()));
  const local = refinesLoaded(view);
  const refined = useMemo(() => {
    if (!local) return { rows: loaded, pending: 0 };
    return refineRows(loaded, view, (id) => {
      const latest = figures.get(id)?.latest;
      return !latest || latest.state !== 'ready' ? 'pending' : latest.run;
    });
  }, [local, loaded, view, figures]);
  const rows = refined.rows;
  const viewKey = JSON.stringify(params);
  const all = useLoadAll(query, viewKey);
  const selection = useRowSelection(rows, viewKey);
  const barRef = useRef<HTMLDivElement>(null);
  const onToggleStatus = useToggleStatus();
  const { confirmDelete, dialog } = useConfirmDelete();
  const onDelete = useDeleteOne(
    confirmDelete,
    useCallback(() => barRef.current, []),
  );

  const loadedText =
    !shown.data || loaded.length === 0
      ? ''
      : shown.isPlaceholderData
        ? 'Loading…'
        : `${pluralize(loaded.length, 'test')} loaded${shown.hasNextPage ? ', more available' : ''}`;

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
      {local && shown.data && !shown.isPlaceholderData ? (
        <Suspense>
          <LoadedScope
            loaded={loaded.length}
            shown={rows.length}
            hasMore={shown.hasNextPage}
            loadingAll={all.loading}
            pending={refined.pending}
            onLoadAll={() => void all.loadAll()}
            onStop={all.stop}
          />
        </Suspense>
      ) : null}
      <TestsListContent
        query={query}
        shown={shown}
        rows={rows}
        figures={figures}
        view={view}
        filtered={hasFilters(view)}
        selection={selection}
        onClearFilters={clearFilters}
        onToggleStatus={onToggleStatus}
        onDelete={onDelete}
      />
      <LoadMore
        hasMore={shown.hasNextPage && !shown.isPlaceholderData && !all.loading}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {dialog}
    </Stack>
  );
}
