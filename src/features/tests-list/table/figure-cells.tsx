import { VisuallyHidden } from '@mantine/core';
import { useContext } from 'react';
import { formatRunDay } from '../../../../core/rules/run-date';
import { changeTone } from '../../../../core/rules/placement-change';
import type { TestStats } from '../../../../core/contract/analytics';
import { formatCount, formatPercent } from '../../../lib/format';
import { FiguresModeContext, useRowFigures, type RowFigures } from '../use-latest-runs';
import classes from './tests-table.module.css';

/** Under this share in the inbox a test needs a look (docs/product.md: "every mailbox under 80%"). */
const LOW_INBOX_PERCENT = 80;

/** Loading: the same two lines as a figure, so rows do not move when it arrives. */
function Bones() {
  return (
    <>
      <span className={classes.line} aria-hidden>
        <span className={`${classes.bone} ${classes.inlineBone}`} style={{ width: 36 }} />
      </span>
      <span className={classes.subline} aria-hidden>
        <span className={`${classes.bone} ${classes.inlineBone}`} style={{ width: 72 }} />
      </span>
      <VisuallyHidden>Loading</VisuallyHidden>
    </>
  );
}

type Shown =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'none'; text: string }
  | { kind: 'stats'; stats: TestStats; missing: number | null; allTime: boolean };

/** The figures a row shows in the chosen mode: its latest run's (default) or all-time. */
function shownFigures(figures: RowFigures, allTime: boolean): Shown {
  const source = allTime ? figures.allTime : figures.latest;
  if (source.state === 'loading') return { kind: 'loading' };
  if (source.state === 'error') return { kind: 'error', message: source.message };
  if (allTime || figures.allTime.state !== 'ready' || !figures.allTime.stats?.count) {
    const stats = figures.allTime.state === 'ready' ? figures.allTime.stats : null;
    return stats && stats.count > 0
      ? { kind: 'stats', stats, missing: null, allTime: true }
      : { kind: 'none', text: 'No results yet' };
  }
  const run = figures.latest.state === 'ready' ? figures.latest.run : null;
  if (!run) return { kind: 'none', text: 'No run in 15 days' };
  return { kind: 'stats', stats: run.figures, missing: run.missing, allTime: false };
}

function useShown(testId: string): Shown {
  return shownFigures(useRowFigures(testId), useContext(FiguresModeContext) === 'all-time');
}

function NotLoaded({ message }: { message: string }) {
  return (
    <span className={classes.subline} title={message}>
      Not loaded
    </span>
  );
}

/** Inbox share and how many received emails it covers (and, once the run is final, how many never came). */
export function InboxCell({ testId }: { testId: string }) {
  const shown = useShown(testId);
  // One box for every state, so the column keeps its width when the figure arrives.
  return <span className={classes.rate}>{inbox(shown)}</span>;
}

function inbox(shown: Shown) {
  if (shown.kind === 'loading') return <Bones />;
  if (shown.kind === 'error') return <NotLoaded message={shown.message} />;
  if (shown.kind === 'none') return <span className={classes.subline}>{shown.text}</span>;
  const { stats, missing } = shown;
  return (
    <>
      <span className={classes.line} data-low={stats.inbox_percent < LOW_INBOX_PERCENT || undefined}>
        {formatPercent(stats.inbox_percent)}
      </span>
      <span className={classes.subline}>
        of {formatCount(stats.count)} received
        {shown.allTime ? ', all time' : ''}
        {missing ? `, ${formatCount(missing)} missing` : ''}
      </span>
    </>
  );
}

/** Spam share, and the category-tab share beneath it. */
export function SpamCell({ testId }: { testId: string }) {
  const shown = useShown(testId);
  if (shown.kind === 'loading') return <Bones />;
  if (shown.kind === 'error') return <NotLoaded message={shown.message} />;
  if (shown.kind === 'none') return null;
  return (
    <>
      <span className={`${classes.line} ${classes.nowrap}`}>{formatPercent(shown.stats.spam_percent)} spam</span>
      <span className={classes.subline}>{formatPercent(shown.stats.category_percent)} category tab</span>
    </>
  );
}

/** The latest run's day and the inbox change since the run before, in words as well as colour. */
export function LastRunCell({ testId, oneTime }: { testId: string; oneTime: boolean }) {
  const { latest } = useRowFigures(testId);
  if (latest.state === 'loading') return <Bones />;
  if (latest.state === 'error') return <NotLoaded message={latest.message} />;
  const run = latest.run;
  if (!run) return null;
  const before = run.previous;
  const { arrow, verdict } = changeTone(run.figures.inbox_percent, before?.figures.inbox_percent, true);
  const points = Math.abs(Math.round(run.inboxChange ?? 0));
  return (
    <>
      <span className={`${classes.line} ${classes.nowrap}`}>{formatRunDay(run.date)}</span>
      {before ? (
        // The change and its date may take two lines (each kept whole), so the column stays narrow.
        <span className={classes.subline} data-verdict={(points > 0 && verdict) || undefined}>
          {points > 0 && verdict ? (
            <>
              <span aria-hidden className={classes.nowrap}>
                {arrow} {points} pts
              </span>
              <VisuallyHidden>
                Inbox {arrow === '▲' ? 'up' : 'down'} {points} points ({verdict})
              </VisuallyHidden>{' '}
              <span className={classes.nowrap}>since {formatRunDay(before.date)}</span>
            </>
          ) : (
            <>
              Same as <span className={classes.nowrap}>{formatRunDay(before.date)}</span>
            </>
          )}
        </span>
      ) : (
        <span className={classes.subline}>{oneTime ? 'Its only run' : 'No run before it'}</span>
      )}
    </>
  );
}
