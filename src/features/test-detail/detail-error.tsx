import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getErrorMessage } from '../../api/errors';

/** A first load that failed: the API's message and a way to try again. */
export function DetailError({
  error,
  onRetry,
  retrying,
  title = 'Could not load this test',
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  title?: string;
}) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{getErrorMessage(error)}</Text>
        {/* aria-disabled keeps focus on the button while the retry runs. */}
        <Button
          variant="default"
          size="xs"
          onClick={retrying ? undefined : onRetry}
          aria-disabled={retrying || undefined}
        >
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      </Stack>
    </Alert>
  );
}
