import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { Comparison } from '../../../core/rules/compare';
import { RESULT_TERMS } from '../../../core/rules/result-terms';
import { shareOf } from '../../../core/rules/window-summary';
import { formatCount } from '../../lib/format';
import { DeltaCell } from '../placement-test-ui/comparison/delta-cell';
import { WideTable } from './wide-table';

/** The sentence that says what changed, the cause the setup points to, and the totals. */
export function CompareHeadline({ comparison }: { comparison: Comparison }) {
  const { a, b } = comparison.total;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label="What changed">
      <Stack gap="sm">
        <Title order={2} size="h4">
          What changed
        </Title>
        <Text fz="lg" fw={500} data-testid="compare-headline">
          {comparison.headline}
        </Text>
        <Alert variant="light" color="blue" icon={<IconBulb aria-hidden />} title="What it points to">
          {comparison.cause}
        </Alert>
        <WideTable label="Totals" minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Of received emails</Table.Th>
              <Table.Th ta="right">{RESULT_TERMS.inbox.label}, A → B</Table.Th>
              <Table.Th ta="right">{RESULT_TERMS.category.label}</Table.Th>
              <Table.Th ta="right">{RESULT_TERMS.spam.label}</Table.Th>
              <Table.Th ta="right">Received / sent, A · B</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">All seeds</Table.Th>
              <DeltaCell a={shareOf(a, 'inbox')} b={shareOf(b, 'inbox')} higherIsBetter />
              <DeltaCell a={shareOf(a, 'category')} b={shareOf(b, 'category')} higherIsBetter={null} />
              <DeltaCell a={shareOf(a, 'spam')} b={shareOf(b, 'spam')} higherIsBetter={false} />
              <Table.Td ta="right">
                {formatCount(a.received)}/{formatCount(a.sent)} · {formatCount(b.received)}/
                {formatCount(b.sent)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </WideTable>
      </Stack>
    </Paper>
  );
}
