import type { MiddlewareHandler } from 'hono';
import type { RequestFacts } from './request-facts';

const forbidden = (statusCode: number, error: string, message: string) => ({ statusCode, error, message });

/**
 * Requests for a host this server does not serve get a 421 before anything else runs, so a page
 * on a rebound name (DNS rebinding) cannot use the API, the control routes or the forwarding,
 * even on loopback without a password.
 */
export function hostCheck(facts: RequestFacts): MiddlewareHandler {
  return async (c, next) => {
    const host = facts.host(c);
    if (facts.servesHost(host)) return next();
    const hint = facts.publicOrigin
      ? `It answers to ${facts.publicOrigin}, localhost and IP addresses.`
      : 'It answers to localhost and IP addresses; set PUBLIC_ORIGIN to the address people use.';
    return c.json(forbidden(421, 'Misdirected Request', `This dashboard does not serve the host "${host.slice(0, 100)}". ${hint}`), 421);
  };
}

const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * CSRF guard: a state-changing request that a browser marks as coming from another site is
 * refused. Non-browser clients (no Origin header) are not affected. An Origin is the request's
 * own host or PUBLIC_ORIGIN; anything else, `null` and an Origin that is not a URL are refused.
 * Why not Hono's `csrf()`: docs/decisions/014-threat-model.md.
 */
export function sameOriginWrites(facts: RequestFacts): MiddlewareHandler {
  return async (c, next) => {
    if (!UNSAFE.includes(c.req.method)) return next();
    const origin = c.req.header('origin');
    const crossSite = c.req.header('sec-fetch-site') === 'cross-site';
    if (!crossSite && (origin === undefined || sameOrigin(origin, facts.host(c), facts.publicOrigin))) return next();
    return c.json(forbidden(403, 'Forbidden', 'Cross-origin requests are refused.'), 403);
  };
}

function sameOrigin(origin: string, host: string, publicOrigin: string | null): boolean {
  if (publicOrigin !== null && origin === publicOrigin) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}
