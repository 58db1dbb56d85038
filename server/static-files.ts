import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { compressBytes, compressFast, isCompressible, SUFFIX, type Encoding } from './compression';

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
 * Built files never change while the server runs: each is compressed once and kept in memory.
 * The build writes `.br`/`.gz` copies next to each file (vite.config.ts), so the first visitor
 * does not wait for brotli; files without a copy are compressed on first request.
 */
const compressed = new Map<string, Promise<Buffer>>();

function pickEncoding(acceptEncoding: string): Encoding | undefined {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return undefined;
}

async function encode(file: string, body: Buffer, acceptEncoding: string): Promise<{ body: Buffer; encoding?: Encoding }> {
  const encoding = pickEncoding(acceptEncoding);
  if (!encoding || !isCompressible(file, body.length)) return { body };
  const key = `${encoding}:${file}`;
  let out = compressed.get(key);
  if (!out) {
    out = readFile(file + SUFFIX[encoding]).catch(() => compressBytes(body, encoding));
    compressed.set(key, out);
  }
  return { body: await out, encoding };
}

async function send(c: Context, file: string, body: Buffer, headers: Record<string, string>) {
  const encoded = await encode(file, body, c.req.header('accept-encoding') ?? '');
  return c.body(new Uint8Array(encoded.body), 200, {
    ...headers,
    Vary: 'Accept-Encoding',
    ...(encoded.encoding ? { 'Content-Encoding': encoded.encoding } : {}),
  });
}

/** A page drawn for one request (server/first-paint/first-paint.ts): compressed quickly, never cached by anyone. */
async function sendDrawn(c: Context, html: string) {
  const encoding = pickEncoding(c.req.header('accept-encoding') ?? '');
  const raw = Buffer.from(html);
  const body = encoding ? await compressFast(raw, encoding) : raw;
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': HTML_TYPE,
    'Cache-Control': 'private, no-store',
    Vary: 'Accept-Encoding, Cookie',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
}

export interface StaticOptions {
  /** Draws index.html for this request (the list with its first page), or `null` for the file as built. */
  drawIndex?: (c: Context, template: string) => Promise<string | null>;
}

/**
 * Serve the built app from `root` (brotli or gzip when the browser accepts them). Paths are decoded and normalised, and anything resolving
 * outside `root` is refused, so `/../` or `%2e%2e` cannot read other files. Unknown paths that
 * do not name an asset get index.html (client-side routes), dots and all: `/tests/{{a.b}}`
 * shows the app's not-found page, not a bare "Not Found".
 */
export function createStaticHandler(root: string, { drawIndex }: StaticOptions = {}) {
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
      return send(c, file, await readFile(file), {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (ASSET_PATH.test(pathname)) return c.text('Not Found', 404);
    const index = join(base, 'index.html');
    if (!(await existingFile(index)))
      return c.text('The app is not built. Run `npm start` (it builds first).', 503);
    const template = await readFile(index);
    const drawn = drawIndex ? await drawIndex(c, template.toString('utf8')) : null;
    if (drawn) return sendDrawn(c, drawn);
    return send(c, index, template, { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-cache' });
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
