import { Stack, Text, Title } from '@mantine/core';

export function TestsListPage() {
  return (
    <Stack>
      <Title order={2}>Inbox placement tests</Title>
      <Text c="dimmed">The tests table is coming in the next release.</Text>
    </Stack>
  );
}
