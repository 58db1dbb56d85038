import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getErrorMessage } from '../../api/errors';

/** The first load failed: the API's message and a way to try again. */
export function ListError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Could not load tests">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{getErrorMessage(error)}</Text>
        <Button variant="default" size="xs" onClick={onRetry} aria-disabled={retrying || undefined}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      </Stack>
    </Alert>
  );
}
