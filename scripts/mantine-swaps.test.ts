import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SWAPS, swapFor } from './mantine-swaps';

const installed = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

describe('mantine-swaps', () => {
  it.each([
    ['@mantine/hooks/esm/use-id/use-id.mjs', 'mantine-use-id.ts'],
    ['@mantine/core/esm/core/MantineProvider/MantineCssVariables/MantineCssVariables.mjs', 'mantine-css-variables.ts'],
  ])('replaces the installed %s with src/components/%s', (path, replacement) => {
    expect(existsSync(installed(path))).toBe(true);
    expect(swapFor(installed(path))?.replacement).toMatch(new RegExp(`[\\\\/]src[\\\\/]components[\\\\/]${replacement.replace('.', '\\.')}$`));
  });

  it('replaces nothing else, and every replacement exists', () => {
    expect(swapFor(installed('@mantine/core/esm/core/MantineProvider/MantineProvider.mjs'))).toBeUndefined();
    for (const swap of SWAPS) expect(existsSync(swap.replacement)).toBe(true);
  });
});
