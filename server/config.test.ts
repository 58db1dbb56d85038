import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('FIRST_PAINT_BUDGET_MS', () => {
  it('is 300 ms unless set, and takes whole milliseconds up to a minute (0: always the shell)', () => {
    expect(readConfig({}).FIRST_PAINT_BUDGET_MS).toBe(300);
    expect(readConfig({ FIRST_PAINT_BUDGET_MS: '0' }).FIRST_PAINT_BUDGET_MS).toBe(0);
    expect(readConfig({ FIRST_PAINT_BUDGET_MS: '5000' }).FIRST_PAINT_BUDGET_MS).toBe(5000);
    expect(readConfig({ FIRST_PAINT_BUDGET_MS: '60000' }).FIRST_PAINT_BUDGET_MS).toBe(60_000);
  });

  it.each(['', '-1', '1.5', '300ms', '60001', 'soon'])('refuses %j, naming the variable', (value) => {
    expect(() => readConfig({ FIRST_PAINT_BUDGET_MS: value })).toThrow(ConfigError);
    expect(() => readConfig({ FIRST_PAINT_BUDGET_MS: value })).toThrow(/^FIRST_PAINT_BUDGET_MS must be a whole number/);
  });
});
