import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, isLoopbackAddress, readConfig } from './config';
import { createEmulatorBackend } from './emulator-backend';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function start() {
  const config = readConfig(process.env);
  if (config.EMULATOR_DB !== ':memory:') mkdirSync(dirname(resolve(root, config.EMULATOR_DB)), { recursive: true });
  const dbFile = config.EMULATOR_DB === ':memory:' ? ':memory:' : resolve(root, config.EMULATOR_DB);
  const backend = createEmulatorBackend({ dbFile, control: config.EMULATOR_CONTROL });

  const app = createApp({
    backend,
    staticDir: resolve(root, 'dist'),
    isLoopback: (c) => isLoopbackAddress((c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress),
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`Inbox placement dashboard: http://${host}:${info.port}/  (backend: ${backend.label}${dbFile === ':memory:' ? ', in memory' : `, ${config.EMULATOR_DB}`})`);
  });

  const stop = () => {
    server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  start();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error:\n${error.message}`);
    process.exit(2);
  }
  throw error;
}
