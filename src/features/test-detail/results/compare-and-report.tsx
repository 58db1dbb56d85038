import { Button, Select } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { compareSearch } from '../../placement-test-ui/comparison/compare-url';
import { describeWindow, type ResultsWindow } from '../../../lib/results/window-dates';

/**
 * Next to the window picker: a run picker that opens the compare page with this run and the
 * one picked, and the client report of the run on screen.
 */
export function CompareAndReport({
  testId,
  window,
  dates,
}: {
  testId: string;
  window: ResultsWindow;
  dates: string[];
}) {
  const [, navigate] = useLocation();
  const current = window.kind === 'run' ? window.date : (dates[0] ?? null);
  const others = dates.filter((d) => d !== current);
  const reportSearch = new URLSearchParams({ test: testId });
  if (current) reportSearch.set('run', current);
  return (
    <>
      {current && others.length > 0 && (
        <Select
          label="Compare with"
          placeholder="Another run"
          data={others.map((date) => ({ value: date, label: describeWindow({ kind: 'run', date }) }))}
          value={null}
          onChange={(date) => {
            if (!date) return;
            // The earlier run is A (the reference), the later one B.
            const [a, b] = date < current ? [date, current] : [current, date];
            navigate(`/compare?${compareSearch({ a: { testId, run: a }, b: { testId, run: b } })}`);
          }}
          w={{ base: '100%', xs: 220 }}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {current && (
        <Button
          component={Link}
          href={`/report?${reportSearch.toString()}`}
          variant="default"
          leftSection={<IconFileText size={16} aria-hidden />}
        >
          Client report
        </Button>
      )}
    </>
  );
}
