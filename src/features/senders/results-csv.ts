import { toCsv } from '../../lib/csv';
import { downloadCsv } from '../../lib/download-file';
import type { Column } from './results-columns';

/** The table as shown (filtered, sorted, the same columns) as a CSV file. */
export function downloadTable<R>(name: string, columns: Column<R>[], rows: R[]): void {
  const date = new Date().toISOString().slice(0, 10);
  downloadCsv(`${name}-${date}.csv`, toCsv(columns.map((c) => c.label), rows.map((r) => columns.map((c) => c.csv(r)))));
}
