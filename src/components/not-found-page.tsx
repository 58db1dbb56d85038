import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';

export function NotFoundPage({ title = 'Page not found', message = 'There is nothing at this address.' }: { title?: string; message?: string }) {
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <Title order={2}>{title}</Title>
      <Text c="dimmed">{message}</Text>
      <Button component={Link} to="/tests" variant="light">
        Go to all tests
      </Button>
    </Stack>
  );
}
