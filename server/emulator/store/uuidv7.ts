import { systemRandom, type Random } from '../random';

/**
 * UUIDv7 (RFC 9562): 48-bit Unix ms, then randomness. Instantly's ids are v7, so sorting by id
 * is creation order; the list endpoint relies on that ([S-hist] examples, docs/api/reference.md §3.6).
 */
function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}

function randomBits(random: Random, bits: number): number {
  return Math.floor(random() * 2 ** bits);
}

function format(ms: number, counter12: number, random: Random): string {
  const time = hex(ms, 12);
  const variant = 0x8000 | randomBits(random, 14);
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(counter12, 3)}-` +
    `${hex(variant, 4)}-${hex(randomBits(random, 24), 6)}${hex(randomBits(random, 24), 6)}`
  );
}

/** A v7 id for a given instant (historical or generated data). */
export function uuidv7At(ms: number, random: Random = systemRandom): string {
  return format(Math.max(0, Math.floor(ms)), randomBits(random, 12), random);
}

/**
 * A generator whose ids strictly increase even within one millisecond or when the clock moves
 * back (the emulator clock can be set): the 12-bit rand_a field is used as a counter.
 */
export function createUuidV7(random: Random = systemRandom): (ms: number) => string {
  let lastMs = -1;
  let counter = 0;
  return (ms: number) => {
    const now = Math.floor(ms);
    if (now > lastMs) {
      lastMs = now;
      counter = randomBits(random, 10);
    } else if (++counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    return format(lastMs, counter, random);
  };
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export function isUuidV7(id: string): boolean {
  return UUID_V7.test(id);
}

export function uuidV7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
