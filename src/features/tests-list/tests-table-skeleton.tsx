import { VisuallyHidden } from '@mantine/core';
import classes from './tests-table.module.css';

const HEADERS = ['', 'Name', 'Type', 'Status', 'Sending', 'Recipients', 'Schedule', 'Next run', 'Created', ''];
const WIDTHS = ['70%', '60%', '50%', '80%', '65%', '75%', '55%', '70%'];

/** First load: the table's shape with placeholder cells. */
export function TestsTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" className={classes.scroller}>
      <VisuallyHidden>Loading tests…</VisuallyHidden>
      <table className={classes.table} aria-hidden>
        <thead>
          <tr>
            {HEADERS.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r} style={{ height: 57 }}>
              <td className={classes.checkCell}>
                <span className={classes.bone} style={{ width: 18, height: 18, borderRadius: 4 }} />
              </td>
              {WIDTHS.map((w, c) => (
                <td key={c}>
                  <span className={classes.bone} style={{ width: w }} />
                </td>
              ))}
              <td>
                <span className={classes.bone} style={{ width: 72, height: 30 }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
