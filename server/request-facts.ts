import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * What the server may believe about a request: which host and origin it is serving, whether the
 * browser reached it over HTTPS, and who the client is. One place, so the Host check, the Origin
 * check, the Secure cookie, HSTS and the login throttle agree (ADR 014).
 */
export interface RequestFactsOptions {
  /** PUBLIC_ORIGIN: the origin people type when the dashboard sits behind a proxy or a name. */
  publicOrigin?: string | null;
  /** TRUST_PROXY: believe X-Forwarded-Proto and X-Forwarded-For from the proxy in front. */
  trustProxy?: boolean;
}

export type RequestFacts = ReturnType<typeof createRequestFacts>;

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** `host[:port]` → lower-case host name, IPv6 literals with their brackets. */
export function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d*$/, '');
}

function firstValue(header: string | undefined): string | undefined {
  return header?.split(',')[0]?.trim().toLowerCase() || undefined;
}

/** The eight groups of an IPv6 address, `::` filled in. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  return [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
}

export function createRequestFacts({ publicOrigin = null, trustProxy = false }: RequestFactsOptions = {}) {
  const publicHost = publicOrigin ? new URL(publicOrigin).host.toLowerCase() : null;

  /** The Host the browser asked for (the URL's, for an in-process request without one). */
  const host = (c: Context) => (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();

  /**
   * A name nobody configured is refused: DNS rebinding points an attacker's name at 127.0.0.1, and
   * the browser then treats our server as the attacker's origin. An IP literal cannot be rebound
   * (the page's origin is the address itself), so those pass, as do `localhost` and PUBLIC_ORIGIN.
   */
  const servesHost = (value: string) => {
    const name = hostName(value);
    if (name === 'localhost' || IPV4.test(name) || name.startsWith('[')) return true;
    return publicHost !== null && name === hostName(publicHost);
  };

  return {
    host,
    servesHost,
    publicOrigin,
    /** The browser reached us over HTTPS: directly, or through a proxy we were told to trust. */
    isHttps(c: Context): boolean {
      if (new URL(c.req.url).protocol === 'https:') return true;
      return trustProxy && firstValue(c.req.header('x-forwarded-proto')) === 'https';
    },
    /**
     * The client, for the login throttle. Behind a trusted proxy, the last X-Forwarded-For entry is
     * the one the proxy added (earlier ones are whatever the client wrote). IPv6 clients are
     * counted per /64, which one client usually holds whole.
     */
    clientAddress(c: Context): string {
      const socket = (c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress;
      const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').pop()?.trim() : undefined;
      const address = forwarded || socket || 'unknown';
      if (!address.includes(':') || address.startsWith('::ffff:')) return address;
      return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
    },
  };
}
