import { Button, Group, Select } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { analyticsOfTest } from '../../../api/analytics/queries';
import { placementTestKeys } from '../../../api/placement-tests/queries';
import { reportKeys } from '../../../api/reports/queries';
import { CompareAndReport } from './compare-and-report';
import { describeWindow, parseWindow, windowValue, type ResultsWindow } from '../../../lib/results/window-dates';

/** Which run or period the results are for, and a way to refresh them now. */
export function ResultsToolbar({
  testId,
  window,
  dates,
  automated,
  onChange,
}: {
  testId: string;
  window: ResultsWindow;
  dates: string[];
  automated: boolean;
  onChange: (window: ResultsWindow) => void;
}) {
  const queryClient = useQueryClient();
  // Busy only while a refresh the user asked for runs: a click during a background refresh
  // (which may have started before the newest results existed) still fetches again.
  const [refreshing, setRefreshing] = useState(false);
  const runs = dates.map((date) => ({ value: date, label: describeWindow({ kind: 'run', date }) }));
  const periods = ['last-7', 'last-30', 'all'].map((value) => ({
    value,
    label: describeWindow(parseWindow(value) ?? { kind: 'all' }),
  }));
  const refresh = async () => {
    setRefreshing(true);
    try {
      await Promise.all([
        queryClient.invalidateQueries(analyticsOfTest(testId)),
        queryClient.invalidateQueries({ queryKey: reportKeys.forTest(testId) }),
        queryClient.invalidateQueries({ queryKey: placementTestKeys.detail(testId) }),
      ]);
    } finally {
      setRefreshing(false);
    }
  };
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Select
        label="Results for"
        data={
          automated
            ? [
                { group: 'Runs', items: runs },
                { group: 'Periods', items: periods },
              ]
            : [...runs, ...periods]
        }
        value={windowValue(window)}
        onChange={(value) => {
          const next = parseWindow(value);
          if (next) onChange(next);
        }}
        allowDeselect={false}
        w={{ base: '100%', xs: 300 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Group gap="sm" align="flex-end">
        <CompareAndReport testId={testId} window={window} dates={dates} />
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={refreshing ? undefined : () => void refresh()}
          aria-disabled={refreshing || undefined}
        >
          {refreshing ? 'Refreshing…' : 'Refresh results'}
        </Button>
      </Group>
    </Group>
  );
}
