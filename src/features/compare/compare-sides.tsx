import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconFileText } from '@tabler/icons-react';
import { Link } from 'wouter';
import { compareSearch, type CompareRef } from '../placement-test-ui/comparison/compare-url';
import { runLabel } from '../placement-test-ui/comparison/run-label';
import type { LoadedSide } from '../placement-test-ui/comparison/use-comparison';

function SideCard({
  name,
  side,
  onRun,
}: {
  name: 'A' | 'B';
  side: LoadedSide;
  onRun: (run: string) => void;
}) {
  const { placementTest } = side;
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Side ${name}`}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="filled" color={name === 'A' ? 'gray' : 'blue'} style={{ flexShrink: 0 }}>
            {name}
          </Badge>
          <Anchor
            component={Link}
            href={`/tests/${encodeURIComponent(placementTest.id)}?window=${side.run}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {placementTest.name}
          </Anchor>
        </Group>
        <Select
          label={`Run of side ${name}`}
          data={side.runs.map((run) => ({ value: run, label: runLabel(run) }))}
          value={side.run}
          onChange={(value) => value && onRun(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {side.truncated && (
          <Text size="xs">
            This run has more emails than one comparison reads: figures cover the first 2,000.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** What is compared with what, a run picker per side, and the ways on (swap, report). */
export function CompareSides({
  compareRef,
  a,
  b,
  onChange,
}: {
  compareRef: CompareRef;
  a: LoadedSide;
  b: LoadedSide;
  onChange: (next: CompareRef) => void;
}) {
  // Pin both runs as soon as one is chosen, so "newest" cannot shift under a shared link.
  const pinned: CompareRef = {
    a: { testId: compareRef.a.testId, run: a.run },
    b: { testId: compareRef.b.testId, run: b.run },
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SideCard name="A" side={a} onRun={(run) => onChange({ ...pinned, a: { ...pinned.a, run } })} />
        <SideCard name="B" side={b} onRun={(run) => onChange({ ...pinned, b: { ...pinned.b, run } })} />
      </SimpleGrid>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconArrowsExchange size={16} aria-hidden />}
          onClick={() => onChange({ a: pinned.b, b: pinned.a })}
        >
          Swap A and B
        </Button>
        <Button
          component={Link}
          href={`/report?${compareSearch(pinned)}`}
          variant="default"
          leftSection={<IconFileText size={16} aria-hidden />}
        >
          Client report
        </Button>
      </Group>
    </Stack>
  );
}
