import { Button, Menu } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown, IconFileText } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { compareSearch } from '../../placement-test-ui/comparison/compare-url';
import { describeWindow, type ResultsWindow } from './window-dates';

/**
 * Next to the window picker: compare this run with another run of the test (a run picker that
 * opens the compare page), and the client report of what is on screen.
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
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconArrowsExchange size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              Compare with…
            </Button>
          </Menu.Target>
          <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
            <Menu.Label>Compare {describeWindow({ kind: 'run', date: current })} with</Menu.Label>
            {others.map((date) => (
              <Menu.Item
                key={date}
                onClick={() =>
                  navigate(
                    // The earlier run is A (the reference), the later one B.
                    `/compare?${compareSearch(
                      date < current
                        ? { a: { testId, run: date }, b: { testId, run: current } }
                        : { a: { testId, run: current }, b: { testId, run: date } },
                    )}`,
                  )
                }
              >
                {describeWindow({ kind: 'run', date })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
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
