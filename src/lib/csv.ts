/**
 * CSV text (RFC 4180: CRLF rows, fields in double quotes, quotes doubled). Text cells are always
 * quoted, and one that starts with = + - @ (or a tab/CR) gets a leading apostrophe so that a
 * spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
 * Numbers and booleans are written as they are, so -3.5 stays a number.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
