import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getErrorMessage } from '../api/errors';

/** A first load that failed: what failed, the API's message, and a way to try again. */
export function QueryErrorAlert({
  title,
  error,
  onRetry,
  retrying,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{getErrorMessage(error)}</Text>
        {/* aria-disabled, not disabled, while retrying: the button keeps the focus. */}
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
