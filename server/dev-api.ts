import { getRequestListener } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { createApp } from './app';
import { createAuth } from './auth';
import { createRequestFacts } from './request-facts';
import { isLoopbackAddress, readConfig } from './config';
import { createBackend, createResults } from './create-backend';
import { createWebhookPoster } from './outbound-webhook';

/** The server's API routes as a Node listener, for Vite's dev middleware (ADR 002). */
export async function createDevApiListener() {
  const config = readConfig({ ...process.env, EMULATOR_CONTROL: process.env.EMULATOR_CONTROL ?? '1' });
  const facts = createRequestFacts({ publicOrigin: config.publicOrigin, trustProxy: config.TRUST_PROXY });
  const backend = createBackend(config, process.cwd());
  const app = createApp({
    backend,
    results: createResults(config, process.cwd(), backend),
    facts,
    auth: config.password ? createAuth(config.password, { facts }) : undefined,
    postWebhook: createWebhookPoster({ allowPrivate: config.WEBHOOK_ALLOW_PRIVATE }),
    isLoopback: (c) => isLoopbackAddress((c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress),
  });
  return getRequestListener(app.fetch);
}
