/**
 * Takes the place of Mantine's `MantineCssVariables` in the browser's build
 * (scripts/mantine-swaps.ts, ADR 028). Mantine's provider renders it only with `withCssVariables`,
 * which the app turns off: the theme's variables are a stylesheet (ADR 025). Mantine's module
 * brought the default theme's variables resolver to the first route (about 2.6 KB gzip) for a
 * style tag that is never drawn. Drawing it now is a mistake, and says so.
 */
export function MantineCssVariables(): never {
  throw new Error('Mantine’s CSS variables style tag is not in this build: keep withCssVariables={false} on MantineProvider (ADR 028).');
}
