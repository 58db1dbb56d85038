import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compressBytes, isCompressible, SUFFIX, type Encoding } from './server/compression.ts';
import { paintFirst } from './scripts/paint-first.ts';
import { mantineSwaps } from './scripts/mantine-swaps.ts';

/**
 * `npm run dev`: Vite serves the app with hot reload, and this plugin mounts the same Hono
 * server app for /api, /healthz and /__emulator, so the browser talks to one origin in dev as
 * in production (ADR 002).
 */
function dashboardApi(): Plugin {
  return {
    name: 'dashboard-api',
    apply: 'serve',
    async configureServer(server) {
      // Loaded through Vite's SSR loader so the config bundle never pulls in server code.
      const mod = (await server.ssrLoadModule('/server/dev-api.ts')) as typeof import('./server/dev-api');
      const listener = await mod.createDevApiListener();
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (url.startsWith('/api/') || url.startsWith('/__emulator/') || url === '/healthz') {
          void listener(req, res);
        } else {
          next();
        }
      });
    },
  };
}

/**
 * Writes `.br` and `.gz` copies of every compressible built file, so the server sends compressed
 * bytes from the first request on instead of spending seconds in brotli while the first visitor
 * waits (server/static-files.ts).
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    // The server entry (`--ssr`, dist-server/) is read from disk by the server, never sent.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const jobs = Object.values(bundle).flatMap((item) => {
        const bytes = Buffer.from(item.type === 'chunk' ? item.code : item.source);
        if (!isCompressible(item.fileName, bytes.length)) return [];
        return (Object.keys(SUFFIX) as Encoding[]).map(async (encoding) =>
          writeFile(join(dir, item.fileName + SUFFIX[encoding]), await compressBytes(bytes, encoding)),
        );
      });
      await Promise.all(jobs);
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [mantineSwaps(), react(), dashboardApi(), paintFirst(), precompress()],
  // The server entry (dist-server/) needs no copy of the public files.
  publicDir: isSsrBuild ? false : 'public',
  // The server entry bundles what it uses of its dependencies, as the browser's build does: Node
  // loading Mantine's and the icons' whole packages took 1.4 s, the first page drawn only after
  // it (docs/benchmarks.md). React stays Node's (CommonJS, loaded in 0.07 s), and so do the charts,
  // which only the lazy screens the server never draws import.
  ssr: { noExternal: true, external: ['react', 'react-dom', 'recharts'] },
  build: {
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: {
      // The toasts' chunk is asked for right after the start (lazy-notifications.tsx): the browser
      // fetches its imports as it reads it, instead of Vite's helper inserting a preload link for
      // each of them in that one task (13–28 ms on this machine, docs/benchmarks.md).
      resolveDependencies: (filename, deps) => (/(^|\/)notifications-host-[^/]+\.js$/.test(filename) ? [] : deps),
    },
    // React DOM in a chunk of its own, started by `src/react-dom-client.ts` (ADR 026).
    rolldownOptions: isSsrBuild
      ? {}
      : { output: { codeSplitting: { groups: [{ name: 'react-dom-client', test: /node_modules[\\/](react-dom|scheduler)[\\/]|src[\\/]react-dom-client\.ts$/ }] } } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
}));
