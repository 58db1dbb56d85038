// The pages `npm run bench:ui` measures beside the app, to show what this machine's Lighthouse
// reports for pages that run no script at all (docs/benchmarks.md, "5 Dec"): the list exactly as
// the server draws it, with its scripts taken out, and a page of two lines. Served from a
// loopback server of their own, which passes every other request (the style sheet, the icon) to
// the app's server as it is, so the page loads them from its own origin as the app does.
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The two lines: as little as a page can be and still paint text. */
export const TWO_LINE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Two lines</title></head><body><h1>Two lines</h1><p>A page with no script, no style sheet and no image.</p></body></html>';

/**
 * The drawn page without anything that runs: every `<script>` element (the loader and the data
 * hand-over), the module preloads, and the render-blocking link that waits for the hand-over.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|expect)"[^>]*>/gi, '');
}

export interface FloorPages {
  list: string;
  twoLines: string;
  close: () => Promise<void>;
}

/** Serves the list drawn at `origin` without its scripts, and the two-line page. */
export async function serveFloorPages(origin: string): Promise<FloorPages> {
  const response = await fetch(`${origin}/tests`);
  if (!response.ok) throw new Error(`The app's server answered ${response.status} for /tests`);
  const list = withoutScripts(await response.text());
  const target = new URL(origin);
  const server: Server = createServer((request, reply) => {
    const page = request.url === '/list' ? list : request.url === '/two-lines' ? TWO_LINE_PAGE : null;
    if (page !== null) {
      reply.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      reply.end(page);
      return;
    }
    const upstream = forward(
      { hostname: target.hostname, port: target.port, path: request.url, method: request.method, headers: { ...request.headers, host: target.host } },
      (answer) => {
        reply.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(reply);
      },
    );
    // The app's server cannot be reached: say so instead of leaving the browser waiting.
    upstream.on('error', () => reply.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    list: `${base}/list`,
    twoLines: `${base}/two-lines`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
