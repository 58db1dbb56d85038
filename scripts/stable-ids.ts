// Vite plugin: Mantine's `useId` replaced by one that does not render twice (ADR 024).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const REPLACEMENT = fileURLToPath(new URL('../src/components/mantine-use-id.ts', import.meta.url));
const MANTINE_USE_ID = /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/;

/** Whether a resolved module is `@mantine/hooks`' own `use-id`. */
export const isMantineUseId = (id: string) => MANTINE_USE_ID.test(id);

/**
 * Resolves `@mantine/hooks`' own `use-id` module to `src/components/mantine-use-id.ts` in the browser's
 * build. The server's build leaves Mantine to Node (it never runs layout effects, so it draws the
 * same ids), and so do the tests and Vite's dev server, where the inputs keep Mantine's second
 * render: that changes no behaviour. The build fails if Mantine stops importing the module this
 * way, so the swap cannot go silent.
 */
export function stableIds(): Plugin {
  let replaced = false;
  return {
    name: 'stable-ids',
    enforce: 'pre',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    buildStart() {
      replaced = false;
    },
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('use-id.mjs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !isMantineUseId(resolved.id)) return null;
      replaced = true;
      return REPLACEMENT;
    },
    buildEnd(error) {
      if (!error && !replaced) this.error('stable-ids: @mantine/hooks no longer imports its use-id module; see ADR 024');
    },
  };
}
