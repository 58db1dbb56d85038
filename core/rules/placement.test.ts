import { describe, expect, it } from 'vitest';
import { placementOf } from './placement';

describe('placementOf', () => {
  it('follows the reference rule: spam wins, then category, else inbox', () => {
    expect(placementOf({ record_type: 2, is_spam: true, has_category: true })).toBe('spam');
    expect(placementOf({ record_type: 2, is_spam: false, has_category: true })).toBe('category');
    expect(placementOf({ record_type: 2, is_spam: false, has_category: false })).toBe('inbox');
    expect(placementOf({ record_type: 2, is_spam: null, has_category: null })).toBe('inbox');
  });

  it('gives a sent row, not yet received, no placement', () => {
    expect(placementOf({ record_type: 1 })).toBeNull();
    expect(placementOf({ record_type: null, is_spam: true })).toBeNull();
  });
});
