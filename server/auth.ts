import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginPage } from './login-page';

/**
 * Password login for a dashboard bound beyond loopback (DASHBOARD_PASSWORD). Sessions are
 * random tokens held in memory (a restart logs everyone out, which is acceptable for a single
 * small server); the cookie is HttpOnly and SameSite=Strict.
 */
const COOKIE = 'dashboard_session';
const SESSION_MS = 12 * 60 * 60 * 1000;
const MAX_FAILURES_PER_MINUTE = 10;

const digest = (value: string) => createHash('sha256').update(value).digest();

export function createAuth(password: string) {
  const expected = digest(password);
  const sessions = new Map<string, number>();
  let failures: number[] = [];

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

  const login = async (c: Context) => {
    const now = Date.now();
    failures = failures.filter((t) => now - t < 60_000);
    if (failures.length >= MAX_FAILURES_PER_MINUTE) {
      return c.html(loginPage('Too many attempts. Wait a minute and try again.'), 429, { 'Retry-After': '60' });
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const given = typeof form.password === 'string' ? form.password : '';
    if (!timingSafeEqual(digest(given), expected)) {
      failures.push(now);
      return c.html(loginPage('That password is not right.'), 401);
    }
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, now + SESSION_MS);
    setCookie(c, COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      maxAge: SESSION_MS / 1000,
    });
    return c.redirect('/tests', 303);
  };

  const logout = (c: Context) => {
    const token = getCookie(c, COOKIE);
    if (token) sessions.delete(token);
    deleteCookie(c, COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  };

  return { requireSession, showLogin, login, logout };
}

const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * CSRF guard: a state-changing request that a browser marks as coming from another site is
 * refused. Non-browser clients (no Origin header) are not affected.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (!UNSAFE.includes(c.req.method)) return next();
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  const crossOrigin = (origin && origin !== 'null' && new URL(origin).host !== host) || origin === 'null' || site === 'cross-site';
  if (crossOrigin) {
    return c.json({ statusCode: 403, error: 'Forbidden', message: 'Cross-origin requests are refused.' }, 403);
  }
  return next();
};
