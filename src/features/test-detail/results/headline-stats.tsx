import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TestStats } from '../../../../core/contract/analytics';
import { formatCount, formatPercent } from '../../../lib/format';
import { QueryErrorAlert } from '../../../components/query-error-alert';

const CARDS = [
  { key: 'inbox', label: 'Inbox', color: 'teal' },
  { key: 'category', label: 'Category tab', color: 'blue' },
  { key: 'spam', label: 'Spam', color: 'red' },
] as const;

/** Inbox / category / spam of the received emails (stats-by-test-id), percentages with counts. */
export function HeadlineStats({ query }: { query: UseQueryResult<TestStats[]> }) {
  if (query.isPending) {
    return (
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {CARDS.map((c) => (
          <Skeleton key={c.key} h={88} />
        ))}
      </SimpleGrid>
    );
  }
  if (query.isError && !query.data) {
    return (
      <QueryErrorAlert
        title="Could not load the totals"
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const stats = query.data?.[0];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} component="section" aria-label="Placement totals">
      {CARDS.map((card) => {
        const percent = stats?.[`${card.key}_percent`];
        const count = stats?.[`${card.key}_count`] ?? 0;
        return (
          <Paper
            key={card.key}
            withBorder
            p="md"
            style={{ borderTop: `4px solid var(--mantine-color-${card.color}-filled)` }}
          >
            <Text size="sm" c="dimmed" fw={600}>
              {card.label}
            </Text>
            <Text fz={32} fw={700} lh={1.2}>
              {stats ? formatPercent(percent, 1) : '—'}
            </Text>
            <Text size="sm" c="dimmed">
              {stats
                ? `${formatCount(count)} of ${formatCount(stats.count)} received`
                : 'No emails received yet'}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
