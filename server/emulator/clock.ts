/**
 * The emulator's clock: a base clock plus an offset that the control routes can move, so tests
 * and e2e journeys can jump to the next scheduled run without waiting.
 */
export interface EmulatorClock {
  now(): Date;
  advance(ms: number): Date;
  set(at: Date): Date;
  reset(): void;
}

export function createClock(base: () => Date = () => new Date()): EmulatorClock {
  let offsetMs = 0;
  const now = () => new Date(base().getTime() + offsetMs);
  return {
    now,
    advance(ms) {
      offsetMs += ms;
      return now();
    },
    set(at) {
      offsetMs = at.getTime() - base().getTime();
      return now();
    },
    reset() {
      offsetMs = 0;
    },
  };
}
