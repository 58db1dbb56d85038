import { VisuallyHidden } from '@mantine/core';
import { formatCount, formatPercent } from '../../../lib/format';
import classes from './tests-table.module.css';
import { useInboxRate, type InboxRate } from '../use-inbox-rates';

/** Under this share in the inbox a test needs a look (docs/product.md: "every mailbox under 80%"). */
const LOW_INBOX_PERCENT = 80;

/** The share of received emails that landed in the inbox, over everything the test has received. */
export function InboxRateCell({ testId }: { testId: string }) {
  // One box for every state, so the column keeps its width when the figure arrives.
  return <span className={classes.rate}>{content(useInboxRate(testId))}</span>;
}

function content(rate: InboxRate) {
  if (rate.state === 'loading') {
    return (
      // The same two lines as the figure, so rows do not move when it arrives.
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
  if (rate.state === 'error') {
    return (
      <span className={classes.subline} title={rate.message}>
        Not loaded
      </span>
    );
  }
  const { stats } = rate;
  if (!stats || stats.count === 0) return <span className={classes.subline}>No results yet</span>;
  const low = stats.inbox_percent < LOW_INBOX_PERCENT;
  return (
    <>
      <span className={classes.line} data-low={low || undefined}>
        {formatPercent(stats.inbox_percent)}
      </span>
      <span className={classes.subline}>of {formatCount(stats.count)} received</span>
    </>
  );
}
