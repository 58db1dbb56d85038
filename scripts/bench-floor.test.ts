import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveFloorPages, TWO_LINE_PAGE, withoutScripts, type FloorPages } from './bench-floor';

const DRAWN = [
  '<!doctype html><html><head>',
  '<link rel="stylesheet" crossorigin href="/assets/index-1.css">',
  '<script type="module" src="/assets/boot-1.js"></script>',
  '<link rel="modulepreload" href="/assets/index-2.js">',
  '<link rel="expect" href="#first-page-data" blocking="render">',
  '</head><body><div id="root"><table><tr><td>Weekly check</td></tr></table></div>',
  '<script type="application/json" id="first-page-data">{"name":"\\u003cb>"}</script>',
  '<script>document.title = "x"</script>',
  '</body></html>',
].join('\n');

describe('withoutScripts', () => {
  it('keeps the drawn page and its style sheet, and drops every script, preload and render-blocking wait', () => {
    const page = withoutScripts(DRAWN);
    expect(page).toContain('<td>Weekly check</td>');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-1.css">');
    expect(page).not.toMatch(/<script|modulepreload|rel="expect"|first-page-data/);
  });
});

describe('serveFloorPages', () => {
  let app: Server;
  let floor: FloorPages | undefined;
  afterEach(async () => {
    await floor?.close();
    if (app.listening) await new Promise((resolve) => app.close(resolve));
  });

  it('serves the list without scripts, the two-line page, and passes assets through to the app', async () => {
    app = createServer((request, reply) => {
      if (request.url === '/tests') reply.writeHead(200, { 'content-type': 'text/html' }).end(DRAWN);
      else if (request.url === '/assets/index-1.css') reply.writeHead(200, { 'content-type': 'text/css' }).end('body{margin:0}');
      else reply.writeHead(404).end();
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    floor = await serveFloorPages(`http://127.0.0.1:${(app.address() as AddressInfo).port}`);

    const list = await (await fetch(floor.list)).text();
    expect(list).toContain('Weekly check');
    expect(list).not.toContain('<script');
    expect(await (await fetch(floor.twoLines)).text()).toBe(TWO_LINE_PAGE);
    const css = await fetch(new URL('/assets/index-1.css', floor.list));
    expect(css.headers.get('content-type')).toBe('text/css');
    expect(await css.text()).toBe('body{margin:0}');
    expect((await fetch(new URL('/nothing', floor.list))).status).toBe(404);
  });

  it("answers 502 for an asset once the app's server is gone", async () => {
    app = createServer((_, reply) => reply.writeHead(200, { 'content-type': 'text/html' }).end(DRAWN));
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    floor = await serveFloorPages(`http://127.0.0.1:${(app.address() as AddressInfo).port}`);
    await new Promise((resolve) => app.close(resolve));

    expect((await fetch(new URL('/assets/index-1.css', floor.list))).status).toBe(502);
    expect(await (await fetch(floor.list)).text()).toContain('Weekly check');
  });
});
