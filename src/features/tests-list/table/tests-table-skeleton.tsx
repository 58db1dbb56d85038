import { VisuallyHidden } from '@mantine/core';
import classes from './tests-table.module.css';

/** First load: rows shaped like the table's, with placeholder bars. */
export function TestsTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status">
      <VisuallyHidden>Loading tests…</VisuallyHidden>
      <div aria-hidden className={classes.skeleton}>
        {Array.from({ length: rows + 1 }, (_, r) => (
          <div key={r} className={classes.skeletonRow}>
            <span className={classes.bone} style={{ width: 18 }} />
            <span className={classes.bone} style={{ width: '18%' }} />
            <span className={classes.bone} style={{ width: '8%' }} />
            <span className={classes.bone} style={{ width: '8%' }} />
            <span className={classes.bone} style={{ width: '14%' }} />
            <span className={classes.bone} style={{ width: '16%' }} />
            <span className={classes.bone} style={{ width: '10%' }} />
          </div>
        ))}
      </div>
    </div>
  );
}
