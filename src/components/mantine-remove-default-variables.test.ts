import { createTheme, defaultCssVariablesResolver, mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { removeDefaultVariables } from './mantine-remove-default-variables';

// Mantine's own module, which the browser's build replaces with ours (scripts/mantine-swaps.ts).
const mantines = (await import(
  new URL('../../node_modules/@mantine/core/esm/core/MantineProvider/MantineCssVariables/remove-default-variables.mjs', import.meta.url).href
)) as { removeDefaultVariables: typeof removeDefaultVariables };

describe("removeDefaultVariables (in place of Mantine's)", () => {
  it("keeps exactly what Mantine's keeps: the variables a theme changes", () => {
    const theme = createTheme({ primaryShade: 8, fontFamily: 'system-ui, sans-serif', defaultRadius: 'md' });
    const ours = defaultCssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));
    const kept = removeDefaultVariables(ours);
    expect(kept).toEqual(mantines.removeDefaultVariables(ours));
    expect(kept.light['--mantine-color-blue-filled']).toBe('var(--mantine-color-blue-8)');
    expect(Object.keys(kept.variables).length).toBeLessThan(Object.keys(ours.variables).length);
  });

  it("keeps nothing of Mantine's default theme", () => {
    expect(removeDefaultVariables(defaultCssVariablesResolver(DEFAULT_THEME))).toEqual({ variables: {}, light: {}, dark: {} });
  });
});
