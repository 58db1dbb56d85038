import { Stack, Text, Title } from '@mantine/core';

export function TestDetailPage({ testId }: { testId: string }) {
  return (
    <Stack>
      <Title order={2}>Test {testId}</Title>
      <Text c="dimmed">Settings and results for one test are coming in the next release.</Text>
    </Stack>
  );
}
