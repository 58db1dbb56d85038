import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { SyncStatus } from '../../../core/contract/sender-results';
import { useSyncResults } from '../../api/sender-results/mutations';
import { senderResultsKeys, senderResultsQueries } from '../../api/sender-results/queries';
import { formatCount, formatDateTime, pluralize } from '../../lib/format';

/** Older than this, opening the page brings the store up to date by itself. */
const STALE_MS = 10 * 60_000;

function progressText(s: SyncStatus): string {
  const p = s.progress;
  if (!p || p.recordsExpected === 0) return 'Checking which tests have new results…';
  return `Reading results of ${pluralize(p.tests, 'test')}: ${formatCount(p.recordsDone)} of ~${formatCount(p.recordsExpected)} records`;
}

/**
 * What the store is doing: a real progress bar while it syncs, when it was last brought up to
 * date, each workspace's error. Opening the page starts a sync when the store is stale; the page
 * keeps showing what the store has meanwhile (ADR 020).
 */
export function SyncBar() {
  const queryClient = useQueryClient();
  const status = useQuery(senderResultsQueries.sync());
  const sync = useSyncResults();
  const workspaces = status.data?.workspaces ?? [];
  const syncing = workspaces.some((w) => w.state === 'syncing');

  const started = useRef(false);
  useEffect(() => {
    if (started.current || !status.data || syncing) return;
    const stale = status.data.workspaces.some((w) => !w.syncedAt || Date.now() - Date.parse(w.syncedAt) > STALE_MS);
    if (stale) {
      started.current = true;
      sync.mutate('start');
    }
  }, [status.data, syncing, sync]);

  // When a sync ends, the tables read the store again.
  const wasSyncing = useRef(false);
  useEffect(() => {
    if (wasSyncing.current && !syncing) void queryClient.invalidateQueries({ queryKey: senderResultsKeys.all });
    wasSyncing.current = syncing;
  }, [syncing, queryClient]);

  const multiple = workspaces.length > 1;
  return (
    <Stack gap="xs">
      {workspaces.map((w) => (
        <Stack key={w.workspace} gap={4}>
          {w.state === 'syncing' && (
            <>
              <Text size="sm" id={`sync-${w.workspace}`}>
                {multiple ? `${w.workspace}: ` : ''}
                {progressText(w)}
              </Text>
              <Progress
                value={w.progress && w.progress.recordsExpected > 0 ? Math.min(100, (100 * w.progress.recordsDone) / w.progress.recordsExpected) : 0}
                aria-labelledby={`sync-${w.workspace}`}
                animated
              />
            </>
          )}
          {w.state === 'error' && (
            <Alert color="red" variant="light" title={multiple ? `${w.workspace} could not be brought up to date` : 'Results could not be brought up to date'}>
              <Text size="sm">{w.error}</Text>
            </Alert>
          )}
        </Stack>
      ))}
      <Group gap="sm" justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {workspaces.map((w) => (
            <span key={w.workspace}>
              {multiple ? `${w.workspace}: ` : ''}
              {/* A failed sync leaves the store as of the last one that went through: say so, not "up to date". */}
              {w.syncedAt ? `${w.state === 'error' ? 'Last read' : 'Up to date as of'} ${formatDateTime(w.syncedAt)}` : 'Not read from Instantly yet'}
              {multiple ? '. ' : ''}
            </span>
          ))}
        </Text>
        {syncing ? (
          <Button variant="default" size="xs" onClick={() => sync.mutate('cancel')}>
            Stop reading
          </Button>
        ) : (
          <Button variant="default" size="xs" leftSection={<IconRefresh size={14} aria-hidden />} loading={sync.isPending} onClick={() => sync.mutate('start')}>
            Bring up to date
          </Button>
        )}
      </Group>
    </Stack>
  );
}
