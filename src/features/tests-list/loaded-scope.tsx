import { Button, Group, Loader, Text } from '@mantine/core';
import { pluralize } from '../../lib/format';

export interface LoadedScopeProps {
  /** Tests loaded so far. */
  loaded: number;
  shown: number;
  hasMore: boolean;
  loadingAll: boolean;
  /** Tests whose figures a figure sort or filter is still waiting for. */
  pending: number;
  onLoadAll: () => void;
  onStop: () => void;
}

/**
 * Says what a sort or filter the API cannot do applies to (ADR 019): the tests loaded so far,
 * with "Load all" while more exist, or all of them. Polite live region: the count changes as
 * pages and figures arrive.
 */
export function LoadedScope({
  loaded,
  shown,
  hasMore,
  loadingAll,
  pending,
  onLoadAll,
  onStop,
}: LoadedScopeProps) {
  const scope = hasMore
    ? `Sorted and filtered among the ${pluralize(loaded, 'test')} loaded so far: ${shown} shown. More tests exist, and may change this.`
    : `Sorted and filtered among all ${pluralize(loaded, 'test')}: ${shown} shown.`;
  return (
    <Group gap="sm" wrap="wrap" aria-live="polite" data-testid="loaded-scope">
      <Text size="sm" c="dimmed">
        {scope}
        {pending > 0 ? ` Figures still loading for ${pluralize(pending, 'test')}.` : ''}
      </Text>
      {hasMore &&
        (loadingAll ? (
          <Group gap="xs">
            <Loader size={14} aria-hidden />
            <Text size="sm">Loading all tests… {pluralize(loaded, 'test')} loaded</Text>
            <Button size="compact-sm" variant="subtle" onClick={onStop}>
              Stop
            </Button>
          </Group>
        ) : (
          <Button size="compact-sm" variant="light" onClick={onLoadAll}>
            Load all
          </Button>
        ))}
    </Group>
  );
}
