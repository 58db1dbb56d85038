import { DEFAULT_THEME, defaultCssVariablesResolver, type ConvertCSSVariablesInput } from '@mantine/core';

let defaults: ConvertCSSVariablesInput | null = null;

/**
 * Takes the place of Mantine's `remove-default-variables` module in the browser's build
 * (scripts/mantine-swaps.ts, ADR 025). Mantine's computes every CSS variable of its default theme
 * when the module is imported, about 5 ms of the app's evaluation on this machine, for its
 * provider's style tag, which the app does not render (`withCssVariables={false}`: the theme's
 * variables are a stylesheet). This one computes them on its first call instead, with the same
 * result.
 */
export function removeDefaultVariables(input: ConvertCSSVariablesInput): ConvertCSSVariablesInput {
  defaults ??= defaultCssVariablesResolver(DEFAULT_THEME);
  const keep = (own: Record<string, string>, base: Record<string, string>) =>
    Object.fromEntries(Object.entries(own).filter(([key, value]) => base[key] !== value));
  return {
    variables: keep(input.variables, defaults.variables),
    light: keep(input.light, defaults.light),
    dark: keep(input.dark, defaults.dark),
  };
}
