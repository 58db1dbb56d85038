import { Select } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { placementTestQueries } from '../../../api/placement-tests/queries';
import type { DryRunSource } from './dry-run-source';

/** A new test has no runs: the dry run replays an existing test's history, chosen here. */
export function DryRunPicker({
  value,
  onChange,
}: {
  value: DryRunSource;
  onChange: (source: DryRunSource) => void;
}) {
  const tests = useInfiniteQuery({
    ...placementTestQueries.list({ limit: 100 }),
    select: (data) => data.pages.flatMap((page) => page.items),
  });
  const options = (tests.data ?? []).map((t) => ({ value: t.id, label: t.name }));
  return (
    <Select
      label="Try the rules on the runs of"
      description="Each rule then says on which of that test’s runs it would have fired."
      placeholder={
        tests.isPending
          ? 'Loading tests…'
          : tests.isError
            ? 'Tests could not be loaded'
            : 'Choose an existing test'
      }
      data={options}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? { id, name: options.find((o) => o.value === id)?.label ?? '' } : null)}
      searchable
      clearable
      nothingFoundMessage="No test with that name"
      maw={480}
    />
  );
}
