import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Backend } from './backend';
import type { ServerConfig } from './config';
import { createEmulatorBackend } from './emulator-backend';
import { createWebhookPoster } from './outbound-webhook';
import { createResultsService } from './results/results-service';
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

/**
 * The results store (RESULTS_DB, ADR 020), filled through `backend` like the browser's calls. A
 * throwaway emulator (`EMULATOR_DB=:memory:`) gets a throwaway store unless one is named.
 */
export function createResults(config: ServerConfig, root: string, backend: Backend) {
  const throwaway = !config.upstream && config.EMULATOR_DB === ':memory:';
  const chosen = config.RESULTS_DB ?? (throwaway ? ':memory:' : 'data/results.sqlite');
  const file = chosen === ':memory:' ? ':memory:' : resolve(root, chosen);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return createResultsService({ backend, file });
}

export function describeBackend(config: ServerConfig): string {
  if (config.upstream) {
    const names = config.upstream.workspaces.map((w) => w.name).join(', ');
    return `Instantly at ${config.upstream.baseUrl} (workspaces: ${names})`;
  }
  return `emulator, ${config.EMULATOR_DB === ':memory:' ? 'in memory' : config.EMULATOR_DB}`;
}
