import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';

export const BEFORE = 'Tracking domain swap — before';
export const AFTER = 'Tracking domain swap — after';

/** Where the journeys leave their screenshots when asked (`SHOTS_DIR=/tmp/shots-19`). */
export async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

// WinAnsi bytes the report's PDF uses beyond Latin-1, back to their characters.
const WIN_ANSI: Record<number, string> = { 0x95: '•', 0x97: '—', 0x96: '–', 0x92: '’', 0x93: '“', 0x94: '”' };

/**
 * The text of a PDF whose content streams are not compressed (the report's, ADR 021): every
 * string shown with `Tj`, unescaped, one per line. No PDF library is installed (ADR 021).
 */
export async function pdfText(download: Download): Promise<string> {
  const bytes = await readFile(await download.path());
  const raw = bytes.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)) {
    const text = (match[1] ?? '').replace(/\\(.)/g, '$1');
    lines.push([...text].map((c) => WIN_ANSI[c.charCodeAt(0)] ?? c).join(''));
  }
  return lines.join('\n');
}
