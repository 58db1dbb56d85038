import { Button, Group, Paper, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type ReviewRow = { label: string; value: ReactNode };

/** One step's answers as label/value rows, with a way back to change them. */
export function ReviewSection({
  title,
  rows,
  onEdit,
}: {
  title: string;
  rows: ReviewRow[];
  onEdit: () => void;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>{title}</Title>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={onEdit}
            aria-label={`Edit ${title.toLowerCase()}`}
          >
            Edit
          </Button>
        </Group>
        <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th
                  w={{ base: 120, sm: 180 }}
                  fw={500}
                  c="dimmed"
                  bg="transparent"
                  style={{ verticalAlign: 'top' }}
                >
                  {row.label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere', verticalAlign: 'top' }}>{row.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
