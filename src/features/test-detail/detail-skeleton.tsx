import { Group, Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';

/** Shaped like the page: title and badges, actions, tabs, headline figures, a table. */
export function DetailSkeleton() {
  return (
    <Stack gap="md" role="status" aria-busy="true" aria-label="Loading test">
      <Group justify="space-between">
        <Stack gap={8}>
          <Skeleton h={28} w={320} maw="70vw" />
          <Group gap="xs">
            <Skeleton h={20} w={70} />
            <Skeleton h={20} w={90} />
          </Group>
        </Stack>
        <Group gap="xs">
          <Skeleton h={36} w={90} />
          <Skeleton h={36} w={70} />
          <Skeleton h={36} w={80} />
        </Group>
      </Group>
      <Skeleton h={36} w={240} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {[0, 1, 2].map((i) => (
          <Paper key={i} withBorder p="md">
            <Skeleton h={14} w="40%" mb="sm" />
            <Skeleton h={32} w="60%" />
          </Paper>
        ))}
      </SimpleGrid>
      <ResultsBlockSkeleton />
    </Stack>
  );
}

export function ResultsBlockSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Paper withBorder p="md">
      <Skeleton h={18} w={200} mb="md" />
      <Stack gap="xs">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} h={22} />
        ))}
      </Stack>
    </Paper>
  );
}
