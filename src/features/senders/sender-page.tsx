import './mantine-styles';
import { Anchor, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'wouter';
import { RESULTS_WINDOW_LABELS, RESULTS_WINDOWS, type ResultsWindow } from '../../../core/contract/sender-results';
import { senderResultsQueries } from '../../api/sender-results/queries';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { formatCount, formatPercent } from '../../lib/format';
import { sharesOf } from './result-rows';
import { LandedCell, stateLabel } from './results-columns';
import { DEFAULT_RESULTS_VIEW, resultsParams, serializeResultsView } from './results-view';
import { ResultsEmpty, ResultsSkeleton } from './results-states';
import { SenderRecords } from './sender-records';
import { SenderSeries } from './sender-series';
import { SenderTests } from './sender-tests';
import { useResultsView } from './use-results-view';

/** A headline figure, named by its label (a group), so it reads as "Emails 1,234". */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap={0} role="group" aria-labelledby={id}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} id={id}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {children}
      </Text>
    </Stack>
  );
}

/** One sender across every test and workspace: placement per provider over time, its tests, its records. */
export function SenderPage({ email }: { email: string }) {
  useDocumentTitle(`${email} · Senders · Inbox placement`);
  const { view, update } = useResultsView();
  const query = useQuery(senderResultsQueries.sender(email, resultsParams(view)));
  const back = serializeResultsView({ ...DEFAULT_RESULTS_VIEW, window: view.window, from: view.from, to: view.to }).toString();
  const detail = query.data;
  const row = detail?.rows[0];
  const shares = row ? sharesOf(row) : null;

  return (
    <Stack gap="lg">
      <Anchor component={Link} href={`/senders${back ? `?${back}` : ''}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> All senders
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {email}
          </Title>
          {row && (
            <Text size="sm" c="dimmed">
              {detail.rows.map((r) => `${r.workspace} · ${stateLabel(r.accountStatus)}`).join(' — ')}
            </Text>
          )}
        </Stack>
        <NativeSelect
          label="Window"
          data={RESULTS_WINDOWS.filter((w) => w !== 'custom' || view.window === 'custom').map((w) => ({ value: w, label: RESULTS_WINDOW_LABELS[w] }))}
          value={view.window}
          onChange={(e) => update({ window: e.currentTarget.value as ResultsWindow })}
        />
      </Group>
      {query.isError && !detail ? (
        <QueryErrorAlert title="This sender could not be loaded" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !detail ? (
        <ResultsSkeleton label="Loading the sender" />
      ) : !row ? (
        <ResultsEmpty
          title="No results for this sender in this window"
          text="It sent nothing in any test of the window, or no test lists it. Try a longer window."
          action={view.window !== '90d' ? { label: 'Show the last 90 days', onClick: () => update({ window: '90d' }) } : undefined}
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
            <Figure label="Landed">
              <LandedCell size="xl" value={shares?.landed ?? null} />
            </Figure>
            <Figure label="Inbox">{formatPercent(shares?.inbox)}</Figure>
            <Figure label="Category tab">{formatPercent(shares?.category)}</Figure>
            <Figure label="Spam">{formatPercent(shares?.spam)}</Figure>
            <Figure label="Tests">{formatCount(row.tests)}</Figure>
            <Figure label="Emails">{formatCount(row.sent)}</Figure>
            <Figure label="Silent runs">{formatCount(detail.rows.reduce((n, r) => n + r.silentRuns, 0))}</Figure>
          </SimpleGrid>
          <SenderSeries series={detail.series} />
          <SenderTests tests={detail.tests} email={email} window={view.window} />
          <SenderRecords records={detail.records} />
        </>
      )}
    </Stack>
  );
}
