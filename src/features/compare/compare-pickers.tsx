import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { IconArrowsExchange, IconFileText } from '@tabler/icons-react';
import { Link } from 'wouter';
import { placementTestQueries } from '../../api/placement-tests/queries';
import { compareSearch, resolveRuns, type CompareRef, type SideRef } from '../placement-test-ui/comparison/compare-url';
import { useSideTest } from '../placement-test-ui/comparison/use-side-results';
import { SidePicker } from './side-picker';

const SIDES = [
  { key: 'a', name: 'A', position: 'Left', other: 'b' },
  { key: 'b', name: 'B', position: 'Right', other: 'a' },
] as const;

/**
 * What is compared with what, a test and run picker per side, and the ways on (swap, report).
 * Drawn in every state of the comparison, so a side without runs can be changed from here. The
 * sides' tests and run days are the comparison's own queries (cached, no call of their own); the
 * test picker reads the first 100 tests, one call shared with the rest of the app.
 */
export function ComparePickers({
  compareRef,
  truncated,
  onChange,
}: {
  compareRef: CompareRef;
  truncated: { a: boolean; b: boolean };
  onChange: (next: CompareRef) => void;
}) {
  const sideA = useSideTest(compareRef.a.testId);
  const sideB = useSideTest(compareRef.b.testId);
  const tests = useInfiniteQuery({
    ...placementTestQueries.list({ limit: 100 }),
    select: (data) => data.pages.flatMap((page) => page.items).map((t) => ({ value: t.id, label: t.name })),
  });
  const known = sideA.days.data !== undefined && sideB.days.data !== undefined;
  const resolved = known ? resolveRuns(compareRef, sideA.runs, sideB.runs) : { a: null, b: null };
  const sameTest = compareRef.a.testId === compareRef.b.testId;
  // Two runs of one test, both "newest", resolve to previous → newest: swapping needs them named.
  const pin = (side: SideRef, run: string | null): SideRef =>
    sameTest && !side.run ? { testId: side.testId, run } : side;
  const testsState = tests.isPending ? 'loading' : tests.isError && !tests.data ? 'error' : 'ready';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {SIDES.map(({ key, name, position, other }) => {
          const side = key === 'a' ? sideA : sideB;
          return (
            <SidePicker
              key={key}
              name={name}
              position={position}
              choice={{
                ref: compareRef[key],
                name: side.placementTest.data?.name,
                runs: side.days.data !== undefined ? side.runs : undefined,
                resolved: resolved[key],
                taken: sameTest ? resolved[other] : null,
                truncated: truncated[key],
              }}
              tests={tests.data ?? []}
              testsState={testsState}
              onChange={(next) => onChange({ ...compareRef, [key]: next })}
            />
          );
        })}
      </SimpleGrid>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconArrowsExchange size={16} aria-hidden />}
          onClick={() => onChange({ a: pin(compareRef.b, resolved.b), b: pin(compareRef.a, resolved.a) })}
        >
          Swap A and B
        </Button>
        <Button
          component={Link}
          href={`/report?${compareSearch(compareRef)}`}
          variant="default"
          leftSection={<IconFileText size={16} aria-hidden />}
        >
          Client report
        </Button>
      </Group>
    </Stack>
  );
}
