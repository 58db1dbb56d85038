import { emptyAutomationRule } from '../../placement-test-ui/automation-fields/automation-rule';
import { defaultFormValues, type CreateTestFormValues } from '../form-schema';

/**
 * The wizard's draft in localStorage, so a reload, a failed request or a closed tab loses
 * nothing (docs/product.md "Nothing they typed is lost"). Versioned key: a future shape change
 * bumps it rather than feeding old drafts into a new form.
 */
export const DRAFT_KEY = 'placement-test-draft:v1';

export type Draft = { savedAt: string; step: number; values: CreateTestFormValues };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const sameKind = (a: unknown, b: unknown) =>
  Array.isArray(a)
    ? Array.isArray(b)
    : isObject(a)
      ? isObject(b)
      : a === null || b === null || typeof a === typeof b;

/** Keep the stored values that have the right kind; defaults fill the rest. */
function mergeInto<T extends Record<string, unknown>>(defaults: T, stored: unknown): T {
  if (!isObject(stored)) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = stored[key];
    if (value === undefined || !sameKind(fallback, value)) continue;
    merged[key] = isObject(fallback) ? mergeInto(fallback, value) : value;
  }
  return merged as T;
}

export function readDraft(now = new Date()): Draft | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isObject(parsed) || !isObject(parsed.values)) return null;
    const values = mergeInto(defaultFormValues(now), parsed.values);
    values.automations = values.automations
      .filter(isObject)
      .map((rule) => mergeInto(emptyAutomationRule(), rule));
    const step = typeof parsed.step === 'number' && Number.isInteger(parsed.step) ? parsed.step : 0;
    const savedAt = typeof parsed.savedAt === 'string' ? parsed.savedAt : now.toISOString();
    return { savedAt, step, values };
  } catch {
    return null;
  }
}

export function writeDraft(draft: Draft): boolean {
  try {
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or disabled (private mode): the wizard still works, only without a draft.
    return false;
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
