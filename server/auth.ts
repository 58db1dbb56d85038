import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginPage } from './login-page';
import { createLoginThrottle, type LoginThrottleOptions } from './login-throttle';
import { createRequestFacts, type RequestFacts } from './request-facts';

/**
 * Password login for a dashboard bound beyond loopback (DASHBOARD_PASSWORD). Sessions are
 * random tokens held in memory (a restart logs everyone out, which is acceptable for a single
 * small server); the cookie is HttpOnly and SameSite=Strict, and Secure when the browser reached
 * us over HTTPS (directly, or through a proxy trusted with TRUST_PROXY).
 */
const COOKIE = 'dashboard_session';
const SESSION_MS = 12 * 60 * 60 * 1000;

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface AuthOptions {
  facts?: RequestFacts;
  throttle?: LoginThrottleOptions;
  /** The throttle's clock; tests move it instead of waiting. */
  now?: () => number;
}

export function createAuth(password: string, { facts = createRequestFacts(), throttle: limits, now = Date.now }: AuthOptions = {}) {
  const expected = digest(password);
  const sessions = new Map<string, number>();
  const throttle = createLoginThrottle(limits);

  const valid = (c: Context) => {
    const token = getCookie(c, COOKIE);
    const expiry = token ? sessions.get(token) : undefined;
    if (!token || !expiry) return false;
    if (expiry < Date.now()) {
      sessions.delete(token);
      return false;
    }
    return true;
  };

  const requireSession: MiddlewareHandler = async (c, next) => {
    if (valid(c)) return next();
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/api/') || path.startsWith('/__emulator/')) {
      return c.json({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to the dashboard first.' }, 401);
    }
    return c.redirect('/login', 303);
  };

  const showLogin = (c: Context) => c.html(loginPage(), 200, { 'Cache-Control': 'no-store' });

  const tooMany = (c: Context, waitMs: number) =>
    c.html(loginPage('Too many attempts from your address. Wait a while and try again.'), 429, {
      'Retry-After': String(Math.ceil(waitMs / 1000)),
      'Cache-Control': 'no-store',
    });

  const login = async (c: Context) => {
    const address = facts.clientAddress(c);
    // Refused before the body is read when already waiting; judged again after it is read.
    const early = throttle.wait(address, now());
    if (early > 0) return tooMany(c, early);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const given = typeof form.password === 'string' ? form.password : '';
    // From here to the answer nothing awaits: the check, the judgement and the count are one
    // step, so attempts whose bodies arrive together are still counted one after the other.
    const at = now();
    const wait = throttle.wait(address, at);
    if (wait > 0) return tooMany(c, wait);
    if (!timingSafeEqual(digest(given), expected)) {
      throttle.fail(address, at);
      return c.html(loginPage('That password is not right.'), 401, { 'Cache-Control': 'no-store' });
    }
    throttle.succeed(address);
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, Date.now() + SESSION_MS);
    setCookie(c, COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: facts.isHttps(c),
      maxAge: SESSION_MS / 1000,
    });
    return c.redirect('/tests', 303);
  };

  const logout = (c: Context) => {
    const token = getCookie(c, COOKIE);
    if (token) sessions.delete(token);
    deleteCookie(c, COOKIE, { path: '/', secure: facts.isHttps(c) });
    return c.redirect('/login', 303);
  };

  return { requireSession, showLogin, login, logout };
}
