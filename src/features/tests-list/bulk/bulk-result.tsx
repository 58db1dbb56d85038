import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { BulkKind, BulkOutcome } from './use-bulk-actions';

const PAST: Record<BulkKind, string> = { pause: 'Paused', resume: 'Resumed', delete: 'Deleted' };
const INFINITIVE: Record<BulkKind, string> = { pause: 'pause', resume: 'resume', delete: 'delete' };

/** Which tests of a bulk action failed and why; the rest stay done. Still selected, for a retry. */
export function BulkResult({ outcome, onDismiss }: { outcome: BulkOutcome; onDismiss: () => void }) {
  const total = outcome.done.length + outcome.failed.length;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={`${PAST[outcome.kind]} ${outcome.done.length} of ${total} tests`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      <Text size="sm" mb={4}>
        Could not {INFINITIVE[outcome.kind]}{' '}
        {outcome.failed.length === 1 ? 'this test' : `these ${outcome.failed.length} tests`} (still selected):
      </Text>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {outcome.failed.slice(0, 10).map(({ placementTest, message }) => (
          <Text component="li" size="sm" key={placementTest.id}>
            <Text span fw={500} size="sm">
              {placementTest.name}
            </Text>
            : {message}
          </Text>
        ))}
      </ul>
      {outcome.failed.length > 10 && <Text size="sm">and {outcome.failed.length - 10} more.</Text>}
    </Alert>
  );
}
