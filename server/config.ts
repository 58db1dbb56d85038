import * as z from 'zod/mini';
import { parseApiUrl, parseWorkspaces, UpstreamConfigError } from './upstream/upstream-config';
import type { Workspace } from './upstream/upstream-backend';

/**
 * The server's whole configuration, from the environment. A bad value stops the server at
 * start with a message naming the variable: nothing half-starts.
 */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

const port = z.pipe(
  z.string().check(z.regex(/^\d{1,5}$/, { error: 'PORT must be a whole number between 0 and 65535' })),
  z.pipe(z.transform((v: string) => Number(v)), z.number().check(z.lte(65535, { error: 'PORT must be between 0 and 65535' }))),
);
function flag(name: string) {
  return z._default(
    z.pipe(
      z.enum(['0', '1', 'true', 'false'], { error: `${name} must be 1 or 0` }),
      z.transform((v: '0' | '1' | 'true' | 'false') => v === '1' || v === 'true'),
    ),
    false,
  );
}

/**
 * How long the list page waits for the API before the plain shell goes out (ADR 011). 300 ms
 * suits a real machine talking to Instantly; tests set it (a busy CI machine sharing two cores
 * with Chromium can take longer than that, and the shell is then right, but not what they check).
 */
const FIRST_PAINT_BUDGET_ERROR = 'FIRST_PAINT_BUDGET_MS must be a whole number of milliseconds from 0 to 60000 (0 sends the plain shell)';
const firstPaintBudget = z.pipe(
  z.string().check(z.regex(/^\d{1,5}$/, { error: FIRST_PAINT_BUDGET_ERROR })),
  z.pipe(z.transform((v: string) => Number(v)), z.number().check(z.lte(60_000, { error: FIRST_PAINT_BUDGET_ERROR }))),
);
const envSchema = z.object({
  PORT: z._default(port, 3000),
  HOST: z._default(z.string().check(z.minLength(1, { error: 'HOST must not be empty' })), '127.0.0.1'),
  EMULATOR_DB: z._default(z.string().check(z.minLength(1, { error: 'EMULATOR_DB must not be empty' })), 'data/emulator.sqlite'),
  RESULTS_DB: z.optional(z.string().check(z.minLength(1, { error: 'RESULTS_DB must not be empty' }))),
  FIRST_PAINT_BUDGET_MS: z._default(firstPaintBudget, 300),
  EMULATOR_CONTROL: flag('EMULATOR_CONTROL'),
  TRUST_PROXY: flag('TRUST_PROXY'),
  WEBHOOK_ALLOW_PRIVATE: flag('WEBHOOK_ALLOW_PRIVATE'),
});

export type ServerConfig = z.output<typeof envSchema> & {
  loopbackOnly: boolean;
  /** Set when an Instantly key is configured: forward to the real API instead of the emulator. */
  upstream: { baseUrl: string; workspaces: Workspace[] } | null;
  /** DASHBOARD_PASSWORD: when set, every page and API call needs a signed-in session. */
  password: string | null;
  /** PUBLIC_ORIGIN: the origin people use behind a proxy or a DNS name (the Host check allows it). */
  publicOrigin: string | null;
};

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => i.message).join('\n'));
  }
  const config = result.data;
  const loopbackOnly = LOOPBACK_HOSTS.includes(config.HOST);
  const password = env.DASHBOARD_PASSWORD;
  if (password !== undefined && password.length < 12) {
    throw new ConfigError('DASHBOARD_PASSWORD: use at least 12 characters.');
  }
  if (!loopbackOnly && !password) {
    throw new ConfigError(
      `HOST: refusing to listen on ${config.HOST} without DASHBOARD_PASSWORD. Anyone on the network could use your Instantly workspace: set DASHBOARD_PASSWORD, or unset HOST to stay on 127.0.0.1.`,
    );
  }
  let upstream: ServerConfig['upstream'] = null;
  try {
    const workspaces = parseWorkspaces(env);
    if (workspaces) upstream = { baseUrl: parseApiUrl(env.INSTANTLY_API_URL), workspaces };
    else if (env.INSTANTLY_API_URL) parseApiUrl(env.INSTANTLY_API_URL);
  } catch (error) {
    if (error instanceof UpstreamConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return { ...config, loopbackOnly, upstream, password: password ?? null, publicOrigin: parsePublicOrigin(env.PUBLIC_ORIGIN) };
}

function parsePublicOrigin(value: string | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_ORIGIN: "${raw}" is not a URL (expected e.g. https://placement.example.com).`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new ConfigError('PUBLIC_ORIGIN: give only the scheme and host people type, e.g. https://placement.example.com (no path, query or credentials).');
  }
  return url.origin;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
