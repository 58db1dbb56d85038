import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { createUuidV7, isUuidV7, uuidv7At, uuidV7Time } from './uuidv7';

describe('UUIDv7', () => {
  it('carries the millisecond timestamp, version 7 and the RFC variant', () => {
    const id = uuidv7At(Date.UTC(2025, 5, 17, 15, 19, 20, 581));
    expect(isUuidV7(id)).toBe(true);
    expect(uuidV7Time(id)).toBe(Date.UTC(2025, 5, 17, 15, 19, 20, 581));
  });

  it('strictly increases within one millisecond and when the clock goes back', () => {
    const next = createUuidV7(seededRandom(1));
    const ids = [
      ...Array.from({ length: 5000 }, () => next(1_700_000_000_000)),
      next(1_600_000_000_000),
      next(1_700_000_000_001),
    ];
    expect(ids.every(isUuidV7)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is reproducible from a seed', () => {
    expect(uuidv7At(1_700_000_000_000, seededRandom(42))).toBe(uuidv7At(1_700_000_000_000, seededRandom(42)));
  });
});
