import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { RESULTS_WINDOW_LABELS, type DomainsAnswer, type SendersAnswer } from '../../../core/contract/sender-results';
import { senderResultsQueries } from '../../api/sender-results/queries';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { pluralize } from '../../lib/format';
import { digest, filterRows, nameOf, providersIn, sortRows, type ResultRow } from './result-rows';
import { domainColumns, senderColumns, type Column } from './results-columns';
import { downloadTable } from './results-csv';
import { ResultsEmpty, ResultsSkeleton } from './results-states';
import { ResultsTable } from './results-table';
import { ResultsToolbar } from './results-toolbar';
import { serializeResultsView, DEFAULT_RESULTS_VIEW } from './results-view';
import { SyncBar } from './sync-bar';
import { useResultsView } from './use-results-view';
import { useSyncing } from './use-syncing';

/**
 * The Senders and Domains pages: one row per sender (or sending domain) seen in any test of the
 * window, across every workspace, from the server's results store (ADR 020).
 */
export function ResultsPage({ kind, query }: { kind: 'senders' | 'domains'; query: UseQueryResult<SendersAnswer | DomainsAnswer> }) {
  const { view, update, clearFilters, filtered } = useResultsView();
  const status = useQuery(senderResultsQueries.sync());
  const syncing = useSyncing();
  const rows: ResultRow[] = query.data?.rows ?? [];
  const providers = providersIn(rows);
  const workspaces = (status.data?.workspaces ?? []).map((w) => w.workspace);
  const workspaceErrors = workspaces.length > 1 ? new Map((status.data?.workspaces ?? []).map((w) => [w.workspace, w.state === 'error' ? w.error : null])) : null;
  const domains = [...new Set(rows.map((r) => r.domain))].sort();
  const shown = sortRows(filterRows(rows, view), view);
  // A sender's page opens on the same window; a domain opens the Senders page filtered to it.
  const windowOnly = serializeResultsView({ ...DEFAULT_RESULTS_VIEW, window: view.window, from: view.from, to: view.to }).toString();
  const columns = (
    kind === 'senders'
      ? senderColumns(view.provider, providers, workspaceErrors, windowOnly ? `?${windowOnly}` : '')
      : domainColumns(view.provider, providers, workspaceErrors, (domain) => `/senders?${serializeResultsView({ ...DEFAULT_RESULTS_VIEW, window: view.window, from: view.from, to: view.to, domain })}`)
  ) as Column<ResultRow>[];
  const noun = kind === 'senders' ? (['sender', 'senders'] as const) : (['domain', 'domains'] as const);
  const title = kind === 'senders' ? 'Senders' : 'Domains';
  const windowLabel = RESULTS_WINDOW_LABELS[view.window] + (view.window === 'custom' ? ` (${view.from} to ${view.to})` : '');

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed">
          {kind === 'senders'
            ? 'Every sending mailbox across your tests and workspaces, worst landed share first.'
            : 'Every sending domain across your tests and workspaces: placement, authentication and blacklists.'}
        </Text>
      </Stack>
      <SyncBar />
      <ResultsToolbar
        view={view}
        onChange={update}
        providers={providers}
        domains={domains}
        workspaces={workspaces}
        searchLabel={`Search ${noun[1]}`}
        stateFilter={kind === 'senders'}
        digest={digest(shown, view, windowLabel)}
        onDownload={() => downloadTable(kind, columns, shown)}
      />
      {query.isError && !query.data ? (
        <QueryErrorAlert title={`The ${noun[1]} could not be loaded`} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <ResultsSkeleton label={`Loading ${noun[1]}`} />
      ) : rows.length === 0 ? (
        <ResultsEmpty
          title={syncing ? 'Reading results from Instantly…' : `No ${noun[1]} in this window`}
          text={
            syncing
              ? `${title} appear here as their results are read.`
              : `No test sent email in ${windowLabel.toLowerCase()}. Try a longer window.`
          }
          action={!syncing && view.window !== '90d' ? { label: 'Show the last 90 days', onClick: () => update({ window: '90d' }) } : undefined}
        />
      ) : shown.length === 0 ? (
        <ResultsEmpty title={`No ${noun[1]} match`} text="No row matches these filters." action={filtered ? { label: 'Clear filters', onClick: clearFilters } : undefined} />
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {shown.length === rows.length ? pluralize(rows.length, noun[0]) : `${shown.length} of ${pluralize(rows.length, noun[0])}`} · {windowLabel}
            </Text>
          </Group>
          <ResultsTable
            caption={title}
            columns={columns}
            rows={shown}
            rowKey={(r) => `${r.workspace}|${nameOf(r)}`}
            view={view}
            onSort={(sort, dir) => update({ sort, dir })}
          />
        </>
      )}
    </Stack>
  );
}
