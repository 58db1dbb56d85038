// Vite plugin: two of Mantine's modules replaced in the browser's build (ADR 024, ADR 028).
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

interface Swap {
  /** The file name Mantine imports it by. */
  file: string;
  /** The module Mantine imports, resolved. */
  module: RegExp;
  /** Ours, in its place. */
  replacement: string;
  adr: string;
}

const own = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const SWAPS: readonly Swap[] = [
  {
    file: 'use-id.mjs',
    // Its `useId` renders every input a second time to swap the server's id for a random one.
    module: /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/,
    replacement: own('src/components/mantine-use-id.ts'),
    adr: 'ADR 024',
  },
  {
    file: 'MantineCssVariables.mjs',
    // The provider's style tag of CSS variables, off in this app (`withCssVariables={false}`), with
    // the default theme's resolver it brings (ADR 025 made the variables a stylesheet).
    module: /[\\/]@mantine[\\/]core[\\/]esm[\\/]core[\\/]MantineProvider[\\/]MantineCssVariables[\\/]MantineCssVariables\.mjs$/,
    replacement: own('src/components/mantine-css-variables.ts'),
    adr: 'ADR 028',
  },
];

/** The swap for a resolved module id, if any. */
export const swapFor = (id: string) => SWAPS.find((swap) => swap.module.test(id));

/**
 * Resolves each of Mantine's modules in `SWAPS` to ours, in the browser's build only. The server's
 * build leaves Mantine to Node (it draws the same HTML: layout effects never run there, and the
 * provider's style tags are off everywhere), and so do the tests and Vite's dev server, where
 * Mantine's own versions change no behaviour. The build fails if Mantine stops importing one of
 * them this way, so a swap cannot go silent after an upgrade.
 */
export function mantineSwaps(): Plugin {
  const applied = new Set<Swap>();
  const files = new Set(SWAPS.map((swap) => swap.file));
  return {
    name: 'mantine-swaps',
    enforce: 'pre',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    buildStart() {
      applied.clear();
    },
    async resolveId(source, importer, options) {
      if (!importer || !files.has(basename(source))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved ? swapFor(resolved.id) : undefined;
      if (!swap) return null;
      applied.add(swap);
      return swap.replacement;
    },
    buildEnd(error) {
      if (error) return;
      const missing = SWAPS.filter((swap) => !applied.has(swap));
      if (missing.length > 0) {
        this.error(`mantine-swaps: Mantine no longer imports ${missing.map((swap) => `${swap.module} (${swap.adr})`).join(', ')}`);
      }
    },
  };
}
