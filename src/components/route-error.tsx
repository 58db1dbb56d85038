import { Alert, Button, Code, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiSchemaError, getErrorMessage } from '../api/errors';

/** Last-resort view: a render error, a failed lazy chunk, or a response that broke the contract. */
export function RouteError({ error }: { error: unknown }) {
  const isSchema = error instanceof ApiSchemaError;
  return (
    <Stack maw={720} mx="auto" py="xl">
      <Title order={2}>Something went wrong</Title>
      <Alert
        color="red"
        icon={<IconAlertTriangle aria-hidden />}
        title={isSchema ? `Unexpected response from ${error.endpoint}` : 'This screen could not be shown'}
      >
        {getErrorMessage(error)}
        {isSchema && (
          <Code block mt="sm">
            {error.issues.slice(0, 5).join('\n')}
          </Code>
        )}
      </Alert>
      <Button onClick={() => window.location.reload()} w="fit-content">
        Reload the page
      </Button>
    </Stack>
  );
}
