import { Anchor, Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { SideRef } from '../placement-test-ui/comparison/compare-url';
import { runLabel } from '../placement-test-ui/comparison/run-label';

/** The run select's value for "whatever the newest run is" (no run in the address). */
export const LATEST = 'latest';

export interface SideChoice {
  /** As the address has it: a run, or null for the newest. */
  ref: SideRef;
  name: string | undefined;
  /** The test's run days, newest first; undefined while they load. */
  runs: string[] | undefined;
  /** The run this side resolved to (null: the test has none, or not known yet). */
  resolved: string | null;
  /** The run the other side shows when it is the same test: not pickable here. */
  taken: string | null;
  truncated: boolean;
}

/**
 * One side of a comparison: which test (any of the workspace's, searchable) and which of its
 * runs, the newest unless one is chosen. Each choice goes to the address, so it can be shared.
 */
export function SidePicker({
  name,
  position,
  choice,
  tests,
  testsState,
  onChange,
}: {
  name: 'A' | 'B';
  position: 'Left' | 'Right';
  choice: SideChoice;
  tests: { value: string; label: string }[];
  testsState: 'loading' | 'error' | 'ready';
  onChange: (next: SideRef) => void;
}) {
  const { ref, runs, resolved } = choice;
  const testOptions =
    choice.name && !tests.some((t) => t.value === ref.testId)
      ? [{ value: ref.testId, label: choice.name }, ...tests]
      : tests;
  const newest = runs?.[0];
  const runOptions = [
    ...(newest ? [{ value: LATEST, label: `Latest run (${runLabel(newest)})` }] : []),
    ...(runs ?? []).map((run) => ({
      value: run,
      label: run === choice.taken ? `${runLabel(run)}, on the other side` : runLabel(run),
      disabled: run === choice.taken,
    })),
  ];
  const runValue = ref.run ?? (resolved && resolved === newest ? LATEST : resolved);
  return (
    <Paper withBorder p="sm" miw={0} component="section" aria-label={`Side ${name}`}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="filled" color={name === 'A' ? 'gray' : 'blue'} style={{ flexShrink: 0 }}>
            {name}
          </Badge>
          {choice.name ? (
            <Anchor
              component={Link}
              href={`/tests/${encodeURIComponent(ref.testId)}${resolved ? `?window=${resolved}` : ''}`}
              fw={600}
              miw={0}
              style={{ overflowWrap: 'anywhere' }}
            >
              {choice.name}
            </Anchor>
          ) : (
            <Text c="dimmed">Loading the test…</Text>
          )}
        </Group>
        <Select
          label={`${position} side test`}
          data={testOptions}
          value={ref.testId}
          onChange={(testId) => testId && testId !== ref.testId && onChange({ testId, run: null })}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No test with that name"
          placeholder={testsState === 'loading' ? 'Loading tests…' : undefined}
          error={testsState === 'error' ? 'The list of tests could not be loaded.' : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={`${position} side run`}
          data={runOptions}
          value={runValue}
          onChange={(value) =>
            value && onChange({ testId: ref.testId, run: value === LATEST ? null : value })
          }
          allowDeselect={false}
          disabled={runOptions.length === 0}
          placeholder={runs === undefined ? 'Loading runs…' : runs.length === 0 ? 'No runs yet' : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        {choice.truncated && (
          <Text size="xs">
            This run has more emails than one comparison reads: figures cover the first 2,000.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
