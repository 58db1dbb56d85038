import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), dashboardApi()],
  build: {
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
