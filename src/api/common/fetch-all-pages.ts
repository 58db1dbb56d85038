import type { CursorPage } from '../../../core/contract/common';

/**
 * Walk a cursor list to the end (pickers need every account/tag/campaign to search locally).
 * Bounded so a huge workspace cannot hang the form; `truncated` tells the UI to say so.
 */
export async function fetchAllPages<T>(
  fetchPage: (startingAfter: string | undefined) => Promise<CursorPage<T>>,
  maxPages = 20,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    cursor = result.next_starting_after ?? undefined;
    if (!cursor || result.items.length === 0) return { items, truncated: false };
  }
  return { items, truncated: true };
}
