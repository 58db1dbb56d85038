import { Button, Group, Loader, Text } from '@mantine/core';
import { getErrorMessage } from '../../../api/errors';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
}

/**
 * Cursor pagination: the API gives no total, so there is no "page X of Y". The button stays
 * enabled while loading (aria-disabled) so keyboard focus stays on it for the next press.
 */
export function LoadMore({ hasMore, loading, error, onLoadMore }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <Group justify="center" gap="sm">
      <Button
        variant="default"
        onClick={() => {
          if (!loading) onLoadMore();
        }}
        aria-disabled={loading || undefined}
        leftSection={loading ? <Loader size={14} aria-hidden /> : undefined}
      >
        Load more
      </Button>
      {error ? (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
          Could not load more: {getErrorMessage(error)}
        </Text>
      ) : null}
    </Group>
  );
}
