import { Button, Paper, Stack, Text, Title } from '@mantine/core';

/** Filters that match nothing. */
export function ListNoResults({ search, onClear }: { search: string; onClear: () => void }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" ta="center">
        <Title order={3}>No matching tests</Title>
        <Text c="dimmed">
          {search ? `No test name contains “${search}” with these filters.` : 'No test has this status.'}
        </Text>
        <Button variant="light" onClick={onClear}>
          Clear filters
        </Button>
      </Stack>
    </Paper>
  );
}
