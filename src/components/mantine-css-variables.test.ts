import { describe, expect, it } from 'vitest';
import { MantineCssVariables } from './mantine-css-variables';

describe('MantineCssVariables in the browser build (ADR 028)', () => {
  it('refuses to be drawn, naming the provider setting that keeps it out', () => {
    expect(() => MantineCssVariables()).toThrow(/withCssVariables=\{false\}/);
  });
});
