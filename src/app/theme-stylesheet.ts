import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { cssVariablesResolver, theme } from './theme';

const STYLE = /<style data-mantine-styles="(?:true|classes)"[^>]*>([^<]*)<\/style>/g;

/**
 * The style tags Mantine's provider renders on every page for this theme (its CSS variables that
 * differ from Mantine's defaults, and its `hiddenFrom`/`visibleFrom` classes), as one stylesheet:
 * `theme-stylesheet.css`, written by `npm run theme:css` and checked by its test. The app renders
 * its provider without them (ADR 025): Mantine computes them in the page at start-up, about 13 ms of
 * a phone's main thread spent on output that never changes.
 */
export function themeStylesheet(): string {
  const html = renderToStaticMarkup(createElement(MantineProvider, { theme, cssVariablesResolver }, null));
  const blocks = [...html.matchAll(STYLE)].map((match) => (match[1] ?? '').trim());
  if (blocks.length !== 2) throw new Error(`theme-stylesheet: Mantine rendered ${blocks.length} style tags, expected 2`);
  return [
    '/* Written by `npm run theme:css` from src/app/theme.ts (theme-stylesheet.ts, ADR 025). Do not edit. */',
    ...blocks.flatMap((block) => block.split(/\n\s*\n/).map((rule) => rule.trim())),
    '',
  ].join('\n');
}
