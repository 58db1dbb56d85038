import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { RequestFacts } from './request-facts';

/**
 * Headers on everything the server sends, through Hono's maintained `secureHeaders`.
 * `style-src 'unsafe-inline'` is needed by Mantine, which injects its CSS variables in a <style>
 * tag; scripts stay 'self' only (no inline). The email preview is a sandboxed srcdoc frame with
 * its own policy (ADR 005).
 */
const headers = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'", 'about:', 'data:'],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
  },
  xFrameOptions: 'DENY',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  // HSTS only where the page was served over HTTPS (below): sent over plain http it is ignored
  // at best, and on http://127.0.0.1 it says nothing true.
  strictTransportSecurity: false,
});

/** A year, subdomains left alone: the operator's other hosts are not ours to pin to HTTPS. */
const HSTS = 'max-age=31536000';

export function securityHeaders(facts: RequestFacts): MiddlewareHandler {
  return async (c, next) => {
    await headers(c, next);
    if (facts.isHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}
