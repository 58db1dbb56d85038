import { RESULT_TERMS } from './result-terms';

/**
 * Where one analytics record landed (docs/api/reference.md §4.1): spam if `is_spam`, else a category tab if
 * `has_category`, else the inbox. Only received rows (`record_type` 2) have a placement; a sent
 * row is an email whose seed inbox has not been polled yet.
 */
export type Placement = 'inbox' | 'category' | 'spam';
export const PLACEMENTS: readonly Placement[] = ['inbox', 'category', 'spam'];
/** From the glossary (result-terms.ts), so a placement reads the same on every screen and CSV. */
export const PLACEMENT_LABELS: Record<Placement, string> = {
  inbox: RESULT_TERMS.inbox.label,
  category: RESULT_TERMS.category.label,
  spam: RESULT_TERMS.spam.label,
};

export interface PlacementFields {
  record_type?: number | null;
  is_spam?: boolean | null;
  has_category?: boolean | null;
}

export function placementOf(record: PlacementFields): Placement | null {
  if (record.record_type !== 2) return null;
  if (record.is_spam === true) return 'spam';
  if (record.has_category === true) return 'category';
  return 'inbox';
}

/**
 * How long after an email was sent it may still arrive. Seed inboxes are polled about every 25
 * minutes and full coverage takes 1–3 hours (docs/api/reference.md §4.1 [C]); what has not arrived 3 hours
 * after sending is counted as missing. The emulator delivers within this window too.
 */
export const RESULTS_GRACE_MS = 3 * 60 * 60_000;
