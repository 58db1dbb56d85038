import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import type { PostWebhook, WebhookAttempt } from './emulator/runs/webhook-delivery';

/**
 * The only way the server calls out to an address a user typed: an automation's webhook in the
 * emulator, and "Send a test call" (ADR 017, threat model ADR 014). Only http(s); the name is
 * resolved once, every address it resolves to must be public (unless WEBHOOK_ALLOW_PRIVATE=1),
 * and the connection goes to the address that was checked, so a name cannot resolve to a public
 * address for the check and a private one for the call. No redirects are followed, the answer's
 * body is not read, and each call is bounded by a timeout.
 */
export const WEBHOOK_TIMEOUT_MS = 5_000;

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3],
] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface WebhookPolicy {
  /** WEBHOOK_ALLOW_PRIVATE: loopback and private addresses allowed (the tests' own receivers). */
  allowPrivate: boolean;
  timeoutMs?: number;
}

type Target = { ok: true; url: URL; address: string; family: number } | { ok: false; error: string };

/** Whether a URL may be called, and at which address. */
export async function resolveWebhookTarget(raw: string, policy: WebhookPolicy): Promise<Target> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: 'This is not a URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'Only http:// and https:// addresses can be called.' };
  if (url.username || url.password) return { ok: false, error: 'Put no user name or password in the address.' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    return { ok: false, error: `The name ${host} could not be resolved.` };
  }
  if (!policy.allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    return { ok: false, error: `${host} is a private or local address; the server does not call those (WEBHOOK_ALLOW_PRIVATE).` };
  }
  const first = addresses[0];
  if (!first) return { ok: false, error: `The name ${host} has no address.` };
  return { ok: true, url, address: first.address, family: first.family };
}

/** One POST of a JSON body: the answer's status and how long it took, never its body. */
export function createWebhookPoster(policy: WebhookPolicy): PostWebhook {
  const timeoutMs = policy.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return async (raw, body) => {
    const started = performance.now();
    const target = await resolveWebhookTarget(raw, policy);
    if (!target.ok) return { error: target.error, refused: true, ms: 0 };
    const payload = Buffer.from(JSON.stringify(body));
    const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<WebhookAttempt>((resolve) => {
      const done = (result: Omit<WebhookAttempt, 'ms'>) => resolve({ ...result, ms: Math.round(performance.now() - started) });
      const req = send(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': payload.length, 'user-agent': 'inbox-placement-dashboard' },
        // Node asks for every address (`all`) when it may try several families: answer in kind.
        lookup: ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
          options.all
            ? callback(null, [{ address: target.address, family: target.family }])
            : callback(null, target.address, target.family)) as never,
        timeout: timeoutMs,
      });
      req.on('response', (res) => {
        res.resume();
        done({ status: res.statusCode });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
      req.on('error', (error) => done({ error: error.message }));
      req.end(payload);
    });
  };
}
