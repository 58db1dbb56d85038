import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Backend } from './backend';
import type { ServerConfig } from './config';
import { createEmulatorBackend } from './emulator-backend';
import { createWebhookPoster } from './outbound-webhook';
import { createUpstreamBackend } from './upstream/upstream-backend';

/** Instantly when a key is configured, else the embedded emulator (the default). */
export function createBackend(config: ServerConfig, root: string): Backend {
  if (config.upstream) return createUpstreamBackend(config.upstream);
  const dbFile = config.EMULATOR_DB === ':memory:' ? ':memory:' : resolve(root, config.EMULATOR_DB);
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  return createEmulatorBackend({
    dbFile,
    control: config.EMULATOR_CONTROL,
    postWebhook: createWebhookPoster({ allowPrivate: config.WEBHOOK_ALLOW_PRIVATE }),
  });
}

export function describeBackend(config: ServerConfig): string {
  if (config.upstream) {
    const names = config.upstream.workspaces.map((w) => w.name).join(', ');
    return `Instantly at ${config.upstream.baseUrl} (workspaces: ${names})`;
  }
  return `emulator, ${config.EMULATOR_DB === ':memory:' ? 'in memory' : config.EMULATOR_DB}`;
}
