import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const HTML_TYPE = 'text/html; charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': HTML_TYPE,
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A missing file of these kinds is a 404; any other unknown path is a client-side route. */
const ASSET_PATH =
  /^\/assets\/|\.(html|m?js|css|map|json|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|txt|xml|webmanifest)$/i;

/**
 * Serve the built app from `root`. Paths are decoded and normalised, and anything resolving
 * outside `root` is refused, so `/../` or `%2e%2e` cannot read other files. Unknown paths that
 * do not name an asset get index.html (client-side routes), dots and all: `/tests/{{a.b}}`
 * shows the app's not-found page, not a bare "Not Found".
 */
export function createStaticHandler(root: string) {
  const base = resolve(root);
  return async (c: Context) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad Request', 400);
    }
    if (pathname.includes('\0')) return c.text('Bad Request', 400);
    const target = resolve(join(base, normalize(pathname)));
    if (target !== base && !target.startsWith(base + sep)) return c.text('Forbidden', 403);

    const file = await existingFile(target);
    if (file) {
      const immutable = pathname.startsWith('/assets/');
      return c.body(await readFile(file), 200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (ASSET_PATH.test(pathname)) return c.text('Not Found', 404);
    const index = join(base, 'index.html');
    if (!(await existingFile(index))) return c.text('The app is not built. Run `npm start` (it builds first).', 503);
    return c.body(await readFile(index), 200, { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-cache' });
  };
}

async function existingFile(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}
