import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeStylesheet } from './theme-stylesheet';

describe('theme-stylesheet.css', () => {
  it("is what Mantine's provider renders for the theme (after changing theme.ts, run `npm run theme:css`)", () => {
    expect(readFileSync(new URL('./theme-stylesheet.css', import.meta.url), 'utf8')).toBe(themeStylesheet());
  });

  it("holds the theme's own choices: AA dimmed text in both schemes, the primary shade, the font", () => {
    const css = themeStylesheet();
    expect(css).toMatch(/\[data-mantine-color-scheme="light"\][^}]*--mantine-color-dimmed: var\(--mantine-color-gray-7\)/);
    expect(css).toMatch(/\[data-mantine-color-scheme="dark"\][^}]*--mantine-color-dimmed: var\(--mantine-color-dark-1\)/);
    expect(css).toContain('--mantine-color-blue-filled: var(--mantine-color-blue-8)');
    expect(css).toContain('--mantine-font-family: system-ui');
    expect(css).toContain('.mantine-hidden-from-sm');
  });
});
