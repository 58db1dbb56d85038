import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'wouter';

/** No tests at all in this workspace. */
export function ListEmpty() {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" ta="center">
        <Title order={3}>No tests yet</Title>
        <Text c="dimmed" maw={440}>
          An inbox placement test sends your email to seed inboxes at Google, Outlook and others and shows
          where it lands: inbox, spam or a tab.
        </Text>
        <Button component={Link} href="/tests/new" leftSection={<IconPlus size={16} aria-hidden />}>
          New test
        </Button>
      </Stack>
    </Paper>
  );
}
