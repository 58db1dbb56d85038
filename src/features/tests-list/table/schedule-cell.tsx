import type { PlacementTest } from '../../../../core/contract/placement-tests';
import { EMPTY_VALUE } from '../../../lib/format';
import { describeSchedule, formatRelative, scheduleParts } from '../../../lib/schedule-format';
import { formatNextRun, nextRunOf } from './cell-format';
import classes from './tests-table.module.css';

/**
 * The Schedule column: when an automated test runs ("Every Thursday at 16:00", its zone), then
 * its next run in that zone ("Next Thu 10 Dec, 16:00, in 5 days"). A one-time test has only its
 * next run, if it has one yet. One column for both keeps the table whole at 1,366 px (ADR 012).
 */
export function ScheduleCell({ placementTest: t, now }: { placementTest: PlacementTest; now: Date }) {
  const next = nextRunOf(t, now);
  const schedule = t.type === 2 ? scheduleParts(t.schedule) : null;
  if (!schedule) {
    // A one-time test, or a schedule this dashboard cannot read: the next run alone, if any.
    if (!next) return t.type === 2 ? describeSchedule(t.schedule) : EMPTY_VALUE;
    const nextText = formatNextRun(next, t.type === 2 ? t.schedule?.timezone : null);
    return (
      <>
        <span className={`${classes.line} ${classes.nowrap}`}>Next {nextText.when}</span>
        <span className={classes.subline}>
          {nextText.zone}, {formatRelative(next, now)}
        </span>
      </>
    );
  }
  // The next run in the schedule's zone, named on the line above; only a zone this browser does
  // not know falls back to the viewer's, and then says so.
  const nextText = next ? formatNextRun(next, schedule.timeZone) : null;
  return (
    <>
      <span className={classes.line}>{schedule.when}</span>
      <span className={classes.subline}>{schedule.timeZone}</span>
      {next && nextText ? (
        <span className={classes.subline}>
          Next {nextText.when}
          {nextText.zone === 'your time' ? ' your time' : ''}, {formatRelative(next, now)}
        </span>
      ) : null}
    </>
  );
}
