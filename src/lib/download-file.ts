/** Hand the browser a file to save (CSV exports, the client report's PDF and snapshot). */
export function downloadFile(filename: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Save CSV text as a file. The byte-order mark makes Excel read it as UTF-8 (names with “”,
 * accents); other tools ignore it.
 */
export function downloadCsv(filename: string, csv: string): void {
  downloadFile(filename, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}

/** "Weekly Gmail check — Acme" → "weekly-gmail-check-acme". */
export function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'test'
  );
}
