import { Box, Skeleton, Table, VisuallyHidden } from '@mantine/core';

const WIDTHS = ['70%', '60%', '50%', '80%', '65%', '75%', '55%', '70%'];

/** First load: the table's shape with placeholder cells. */
export function TestsTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Box role="status">
      <VisuallyHidden>Loading tests…</VisuallyHidden>
      <Table.ScrollContainer minWidth={1120} type="native">
        <Table aria-hidden verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {['', 'Name', 'Type', 'Status', 'Sending', 'Recipients', 'Schedule', 'Next run', 'Created', ''].map((h, i) => (
                <Table.Th key={i}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Array.from({ length: rows }, (_, r) => (
              <Table.Tr key={r}>
                <Table.Td w={44}>
                  <Skeleton h={18} w={18} radius="sm" />
                </Table.Td>
                {WIDTHS.map((w, c) => (
                  <Table.Td key={c}>
                    <Skeleton h={12} w={w} radius="xl" />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Skeleton h={30} w={72} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}
