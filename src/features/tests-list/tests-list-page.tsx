import { Button, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useDeferredValue, type ReactNode } from 'react';
import { useNow } from '../../components/use-now';
import { Link } from 'wouter';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import { useInboxRates } from './use-inbox-rates';
import { useLatestRuns, type RowFigures } from './use-latest-runs';
import { TestsListBody } from './tests-list-body';
import { TestsToolbar } from './toolbar/tests-toolbar';
import { useListView } from './use-list-view';
import { useTestsList } from './use-tests-list';

const NO_PAGES: never[] = [];

/**
 * The list in three components, each rendered as one piece of the takeover (React yields to the
 * browser only between components): the view and its first page here, each row's figures in
 * `ListFigures`, the rows, selection and actions in `TestsListBody` (ADR 025).
 */
export function TestsListPage() {
  useDocumentTitle('Tests · Inbox placement');
  const { view, update, clearFilters } = useListView();
  const list = useTestsList(view);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2}>Tests</Title>
        <Button component={Link} href="/tests/new" leftSection={<IconPlus size={16} aria-hidden />}>
          New test
        </Button>
      </Group>
      <TestsToolbar view={view} onChange={update} nameSort={list.nameSort} />
      <ListFigures pages={list.shown.data?.pages ?? NO_PAGES}>
        {(figures) => <TestsListBody view={view} list={list} figures={figures} onClearFilters={clearFilters} />}
      </ListFigures>
    </Stack>
  );
}

function ListFigures({
  pages,
  children,
}: {
  pages: readonly { items: readonly PlacementTest[] }[];
  children: (figures: ReadonlyMap<string, RowFigures>) => ReactNode;
}) {
  // Deferred like the rows: when the figures arrive, the cells re-render in slices.
  return children(useDeferredValue(useLatestRuns(pages, useInboxRates(pages), useNow())));
}
