import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { analyticsQueries } from '../../../api/analytics/queries';
import { getErrorMessage } from '../../../api/errors';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { formatCount, pluralize } from '../../../lib/format';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useSearchParams } from '../../../components/use-search-params';
import { downloadCsv, fileSlug } from '../../../lib/download-file';
import { SectionCard } from '../section-card';
import { matchesPlacement, parseRecordsFilter, recordsParams, withRecordsFilter, type RecordsFilter } from './records-filter';
import { RecordsFilters } from './records-filter-bar';
import { RecordsTable } from './records-table';
import { windowRange, type ResultsWindow } from '../../../lib/results/window-dates';
import { MAX_RECORD_PAGES, REFRESH_MS } from './use-window-queries';
import { recordsCsv } from './results-csv';

const PAGE_SIZE = 50;

/** Every email of the window, filterable, a page at a time ("Load more"), exportable as CSV. */
export function RecordsPanel(props: {
  placementTest: PlacementTest;
  window: ResultsWindow;
  now: Date;
  senders: string[];
  collecting: boolean;
  /** Completeness's run whose unarrived emails are still arriving (the rest are missing). */
  pendingDay: string | null;
}) {
  const { placementTest, window, now, senders, collecting, pendingDay } = props;
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => parseRecordsFilter(search), [search]);
  const setFilter = (next: RecordsFilter) => setSearch((previous) => withRecordsFilter(previous, next));
  const [exporting, setExporting] = useState(false);
  const params = recordsParams(placementTest.id, windowRange(window, now), filter);
  const query = useInfiniteQuery({
    ...analyticsQueries.records({ ...params, limit: PAGE_SIZE }),
    refetchInterval: collecting ? REFRESH_MS : false,
  });
  const loaded = query.data?.pages.flatMap((p) => p.items) ?? [];
  const rows = loaded.filter((r) => matchesPlacement(r, filter.placement));

  const exportCsv = async () => {
    setExporting(true);
    try {
      const all = await queryClient.fetchQuery(analyticsQueries.allRecords(params, MAX_RECORD_PAGES));
      const matching = all.items.filter((r) => matchesPlacement(r, filter.placement));
      downloadCsv(`${fileSlug(placementTest.name)}-records.csv`, recordsCsv(matching, pendingDay));
      if (all.truncated)
        notifications.show({
          color: 'yellow',
          message: `Exported the newest ${formatCount(all.items.length)} records only.`,
        });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not export the records',
        message: getErrorMessage(error),
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <SectionCard
      id="records"
      title="Records"
      description="One row per email sent to a seed inbox."
      actions={
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={exporting ? undefined : () => void exportCsv()}
          aria-disabled={exporting || undefined}
        >
          {exporting ? 'Exporting…' : 'Export records CSV'}
        </Button>
      }
    >
      <RecordsFilters filter={filter} senders={senders} onChange={setFilter} />
      {query.isPending ? (
        <Skeleton h={240} />
      ) : query.isError && !query.data ? (
        <QueryErrorAlert
          title="Could not load the records"
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <Stack gap="xs">
          {rows.length === 0 ? (
            <Text size="sm">
              No records match these filters{query.hasNextPage ? ' among those loaded' : ''}.
            </Text>
          ) : (
            <RecordsTable records={rows} pendingDay={pendingDay} />
          )}
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {pluralize(rows.length, 'record')} shown
              {filter.placement !== 'all' ? ` of ${formatCount(loaded.length)} loaded` : ''}
              {query.hasNextPage ? ', more available' : ''}
            </Text>
            {query.hasNextPage && (
              <Button
                variant="default"
                size="xs"
                onClick={query.isFetchingNextPage ? undefined : () => void query.fetchNextPage()}
                aria-disabled={query.isFetchingNextPage || undefined}
              >
                {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </SectionCard>
  );
}
