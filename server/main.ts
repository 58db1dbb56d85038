import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { createApp } from './app';
import { createAuth } from './auth';
import { createRequestFacts } from './request-facts';
import { createWebhookPoster } from './outbound-webhook';
import { ConfigError, isLoopbackAddress, readConfig } from './config';
import { createBackend, createResults, describeBackend } from './create-backend';
import { StoreBusyError } from './emulator/store/busy';
import { startFirstPaintRenderer } from './first-paint/first-paint-renderer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function start() {
  const config = readConfig(process.env);
  const backend = createBackend(config, root);
  const results = createResults(config, root, backend);
  const facts = createRequestFacts({ publicOrigin: config.publicOrigin, trustProxy: config.TRUST_PROXY });
  const app = createApp({
    backend,
    facts,
    entryServer: startFirstPaintRenderer(root),
    firstPaintBudgetMs: config.FIRST_PAINT_BUDGET_MS,
    postWebhook: createWebhookPoster({ allowPrivate: config.WEBHOOK_ALLOW_PRIVATE }),
    staticDir: resolve(root, 'dist'),
    results,
    auth: config.password ? createAuth(config.password, { facts }) : undefined,
    isLoopback: (c) => isLoopbackAddress((c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress),
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`Inbox placement dashboard: http://${host}:${info.port}/  (backend: ${describeBackend(config)})`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `PORT: ${config.PORT} is already in use. Stop the other server or set PORT.` : error.message);
    process.exit(1);
  });

  const stop = () => {
    server.close();
    // A sync in flight stops between requests; what it wrote is whole days (ADR 020).
    void results.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  start();
} catch (error) {
  if (error instanceof ConfigError || error instanceof StoreBusyError) {
    console.error(`Configuration error:\n${error.message}`);
    process.exit(2);
  }
  throw error;
}
