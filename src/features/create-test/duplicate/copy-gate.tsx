import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { placementTestQueries } from '../../../api/placement-tests/queries';
import { isApiError } from '../../../api/errors';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { formatDateTime } from '../../../lib/format';
import { readDraft } from '../draft/draft-storage';
import { READABLE_ALERT_STYLES } from '../readable-alert';

/**
 * `/tests/new?from=<id>`: reads the test to copy, and never lets the copy silently replace a draft
 * the user typed (ADR 018): with a draft waiting, the user picks which one to continue.
 */
export function CopyGate({
  id,
  onUse,
  onKeepDraft,
}: {
  id: string;
  onUse: (source: PlacementTest) => void;
  onKeepDraft: () => void;
}) {
  const source = useQuery(placementTestQueries.detail(id));
  const draft = readDraft();
  const ready = source.data && !draft;
  useEffect(() => {
    if (ready && source.data) onUse(source.data);
  }, [ready, source.data, onUse]);

  if (source.isError && !source.data) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={2}>New test</Title>
        {isApiError(source.error, 404) ? (
          <Alert color="yellow" title="The test to copy no longer exists">
            <Text size="sm">It may have been deleted. You can start a blank test instead.</Text>
          </Alert>
        ) : (
          <QueryErrorAlert
            title="Could not load the test to copy"
            error={source.error}
            retrying={source.isFetching}
            onRetry={() => void source.refetch()}
          />
        )}
        <Button variant="default" w="fit-content" onClick={onKeepDraft}>
          Start a blank test
        </Button>
      </Stack>
    );
  }
  if (!source.data || !draft) {
    return (
      <Stack gap="md" maw={1040} aria-busy>
        <Title order={2}>New test</Title>
        <Text size="sm" c="dimmed">
          Loading the test to copy…
        </Text>
        <Skeleton h={320} />
      </Stack>
    );
  }
  const draftName = draft.values.name.trim() || 'an unnamed test';
  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>New test</Title>
      <Alert styles={READABLE_ALERT_STYLES} color="yellow" title="Replace your unsaved draft?" role="alert">
        <Stack gap="sm">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            You have a draft of {draftName === 'an unnamed test' ? draftName : `“${draftName}”`}, last saved{' '}
            {formatDateTime(draft.savedAt)}. Copying “{source.data.name}” replaces it; keeping it leaves the copy
            for later.
          </Text>
          <Group gap="xs">
            <Button onClick={() => onUse(source.data)}>Replace it with the copy</Button>
            <Button variant="default" onClick={onKeepDraft}>
              Keep my draft
            </Button>
            <Anchor component={Link} href={`/tests/${source.data.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
              Back to “{source.data.name}”
            </Anchor>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
