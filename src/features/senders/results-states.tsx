import { Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';

/** Shaped like the table that is coming (docs/conventions.md, "Errors and loading"). */
export function ResultsSkeleton({ label }: { label: string }) {
  return (
    <Stack gap={6} aria-busy="true" aria-label={label}>
      <Skeleton height={36} />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} height={28} />
      ))}
    </Stack>
  );
}

export function ResultsEmpty({ title, text, action }: { title: string; text: string; action?: { label: string; onClick: () => void } }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="xs" align="center" ta="center">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed" maw={520}>
          {text}
        </Text>
        {action && (
          <Button variant="default" onClick={action.onClick}>
            {action.label}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
