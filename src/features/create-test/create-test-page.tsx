import { Stack, Text, Title } from '@mantine/core';

export function CreateTestPage() {
  return (
    <Stack>
      <Title order={2}>New test</Title>
      <Text c="dimmed">The guided form for creating a test is coming in the next release.</Text>
    </Stack>
  );
}
