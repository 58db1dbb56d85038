import * as z from 'zod/mini';
import type { Workspace } from './upstream-backend';

/**
 * INSTANTLY_API_KEY / INSTANTLY_API_URL / INSTANTLY_WORKSPACES. Messages name the variable and
 * never echo a key.
 */
export const DEFAULT_API_URL = 'https://api.instantly.ai';
const KEY_PATTERN = /^[A-Za-z0-9+/=:_.-]{16,512}$/;
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

export class UpstreamConfigError extends Error {}

function checkKey(key: string, variable: string) {
  if (!KEY_PATTERN.test(key)) {
    throw new UpstreamConfigError(
      `${variable}: the API key looks malformed (expected 16–512 characters of letters, digits and + / = : _ . -, no spaces or quotes). Copy it again from Instantly → Settings → Integrations → API Keys.`,
    );
  }
}

export function parseApiUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UpstreamConfigError(`INSTANTLY_API_URL: "${raw}" is not a URL (expected e.g. ${DEFAULT_API_URL}).`);
  }
  const loopback = LOOPBACK.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UpstreamConfigError('INSTANTLY_API_URL: must use https:// (plain http is allowed only for a loopback test server).');
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new UpstreamConfigError('INSTANTLY_API_URL: give only the origin, e.g. https://api.instantly.ai (no path, query or credentials).');
  }
  return url.origin;
}

const workspacesSchema = z.array(
  z.strictObject({ name: z.string().check(z.trim(), z.minLength(1)), key: z.string() }),
).check(z.minLength(1));

export function parseWorkspaces(env: { INSTANTLY_API_KEY?: string; INSTANTLY_WORKSPACES?: string }): Workspace[] | null {
  const key = env.INSTANTLY_API_KEY?.trim();
  const list = env.INSTANTLY_WORKSPACES?.trim();
  if (key && list) throw new UpstreamConfigError('INSTANTLY_API_KEY and INSTANTLY_WORKSPACES are both set: use one of them.');
  if (key) {
    checkKey(key, 'INSTANTLY_API_KEY');
    return [{ id: 'default', name: 'Default workspace', key }];
  }
  if (!list) return null;
  let json: unknown;
  try {
    json = JSON.parse(list);
  } catch {
    throw new UpstreamConfigError('INSTANTLY_WORKSPACES: not valid JSON. Expected [{"name":"Acme","key":"…"}, …].');
  }
  const parsed = workspacesSchema.safeParse(json);
  if (!parsed.success) {
    throw new UpstreamConfigError('INSTANTLY_WORKSPACES: expected a non-empty JSON array of {"name": "…", "key": "…"} objects.');
  }
  const seen = new Set<string>();
  return parsed.data.map((w, i) => {
    checkKey(w.key, `INSTANTLY_WORKSPACES[${i}] (${w.name})`);
    const id = w.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `workspace-${i + 1}`;
    if (seen.has(id)) throw new UpstreamConfigError(`INSTANTLY_WORKSPACES: the name "${w.name}" is used twice.`);
    seen.add(id);
    return { id, name: w.name, key: w.key };
  });
}
