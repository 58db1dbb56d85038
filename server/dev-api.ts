import { getRequestListener } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createApp } from './app';
import { isLoopbackAddress, readConfig } from './config';
import { createEmulatorBackend } from './emulator-backend';

/** The server's API routes as a Node listener, for Vite's dev middleware. */
export async function createDevApiListener() {
  const config = readConfig({ ...process.env, EMULATOR_CONTROL: process.env.EMULATOR_CONTROL ?? '1' });
  const dbFile = config.EMULATOR_DB === ':memory:' ? ':memory:' : resolve(config.EMULATOR_DB);
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  const backend = createEmulatorBackend({ dbFile, control: config.EMULATOR_CONTROL });
  const app = createApp({
    backend,
    isLoopback: (c) => isLoopbackAddress((c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress),
  });
  return getRequestListener(app.fetch);
}
