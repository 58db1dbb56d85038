import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TestStats } from '../../../../core/contract/analytics';
import { formatCount, formatPercent } from '../../../lib/format';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { LANDED_HEADING, RESULT_TERMS } from '../../../../core/rules/result-terms';

/**
 * The three placements and Landed (inbox + category tab), the figure the senders table and sender
 * health use, so the headline and the table speak of the same thing (result-terms.ts).
 */
const CARDS = [
  { key: 'inbox', color: 'teal' },
  { key: 'category', color: 'blue' },
  { key: 'spam', color: 'red' },
  { key: 'landed', color: 'gray' },
] as const;

function figures(stats: TestStats | undefined, key: (typeof CARDS)[number]['key']) {
  if (!stats) return { percent: null, count: 0 };
  if (key !== 'landed') return { percent: stats[`${key}_percent`], count: stats[`${key}_count`] ?? 0 };
  const count = (stats.inbox_count ?? 0) + (stats.category_count ?? 0);
  return { percent: stats.count ? (100 * count) / stats.count : null, count };
}

/** Inbox / category / spam of the received emails (stats-by-test-id), percentages with counts. */
export function HeadlineStats({ query }: { query: UseQueryResult<TestStats[]> }) {
  if (query.isPending) {
    return (
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
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
    <SimpleGrid cols={{ base: 2, sm: 4 }} component="section" aria-label="Placement totals">
      {CARDS.map((card) => {
        const { percent, count } = figures(stats, card.key);
        return (
          <Paper
            key={card.key}
            withBorder
            p="md"
            style={{ borderTop: `4px solid var(--mantine-color-${card.color}-filled)` }}
          >
            <Text size="sm" c="dimmed" fw={600} title={RESULT_TERMS[card.key].definition}>
              {card.key === 'landed' ? LANDED_HEADING : RESULT_TERMS[card.key].label}
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
