import { Skeleton, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { analyticsQueries } from '../../../api/analytics/queries';
import { ESP_CODE_LABELS } from '../../../../core/contract/common';
import { Change } from './change-cell';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { ScrollRegion } from '../../../components/scroll-region';
import { SectionCard } from '../section-card';
import { formatRunDate } from '../../../../core/rules/run-date';
import { describeWindow, previousRange, windowRange, type ResultsWindow } from '../../../lib/results/window-dates';

/** deliverability-insights for the window against the period before it, per sender → recipient provider. */
export function InsightsPanel({
  testId,
  window,
  dates,
  now,
}: {
  testId: string;
  window: ResultsWindow;
  dates: string[];
  now: Date;
}) {
  const previous = previousRange(window, dates, now);
  const query = useQuery({
    ...analyticsQueries.insights({
      test_id: testId,
      ...windowRange(window, now),
      show_previous: true,
      previous_date_from: previous?.date_from,
      previous_date_to: previous?.date_to,
    }),
    enabled: previous !== null,
  });
  const title = 'Change against the previous period';
  if (!previous) {
    const why =
      window.kind === 'all'
        ? 'Pick a run or a period to compare it with the one before.'
        : 'There is no earlier run to compare with.';
    return (
      <SectionCard id="change" title={title}>
        <Text size="sm">{why}</Text>
      </SectionCard>
    );
  }
  const from = previous.date_from ?? '';
  const to = previous.date_to ?? '';
  const against =
    from === to ? `the run of ${formatRunDate(from)}` : `${formatRunDate(from)} to ${formatRunDate(to)}`;
  return (
    <SectionCard
      id="change"
      title={title}
      description={`${describeWindow(window)} against ${against}, per sending and receiving provider.`}
    >
      {query.isPending ? (
        <Skeleton h={96} />
      ) : query.isError && !query.data ? (
        <QueryErrorAlert
          title="Could not load the comparison"
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        <Text size="sm">No received emails in this period.</Text>
      ) : (
        <ScrollRegion label="Comparison table" minWidth={340}>
          <Table fz="sm" aria-label="Placement change against the previous period">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Sender → seed provider</Table.Th>
                <Table.Th scope="col" ta="right">
                  Inbox
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Spam
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((row) => (
                <Table.Tr key={`${row.sender_esp}-${row.recipient_esp}`}>
                  <Table.Th scope="row" fw={500}>
                    {row.sender_esp ? ESP_CODE_LABELS[row.sender_esp] : 'Any'} →{' '}
                    {row.recipient_esp ? ESP_CODE_LABELS[row.recipient_esp] : 'Any'}
                  </Table.Th>
                  <Change now={row.inbox_percentage} before={row.prev_inbox_percentage} higherIsBetter />
                  <Change
                    now={row.spam_percentage}
                    before={row.prev_spam_percentage}
                    higherIsBetter={false}
                  />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </SectionCard>
  );
}
