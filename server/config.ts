import { z } from 'zod';

/**
 * The server's whole configuration, from the environment. A bad value stops the server at
 * start with a message naming the variable: nothing half-starts.
 */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int({ error: 'PORT must be a whole number' })
    .min(0, { error: 'PORT must be between 0 and 65535' })
    .max(65535, { error: 'PORT must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'HOST must not be empty' }).default('127.0.0.1'),
  EMULATOR_DB: z.string().min(1, { error: 'EMULATOR_DB must not be empty' }).default('data/emulator.sqlite'),
  EMULATOR_CONTROL: z
    .enum(['0', '1', 'true', 'false'], { error: 'EMULATOR_CONTROL must be 1 or 0' })
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type ServerConfig = z.infer<typeof envSchema> & { loopbackOnly: boolean };

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const config = result.data;
  const loopbackOnly = LOOPBACK_HOSTS.includes(config.HOST);
  if (!loopbackOnly) {
    throw new ConfigError(
      `HOST: refusing to listen on ${config.HOST}. The dashboard has no login yet, so it only listens on loopback (127.0.0.1). Unset HOST.`,
    );
  }
  return { ...config, loopbackOnly };
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
