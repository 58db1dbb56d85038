import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_SERVER_FILE, startFirstPaintRenderer } from './first-paint-renderer';

/**
 * A stand-in for the built server entry, run by the real worker thread: `load` is its top-level
 * wait, `methods` its exported functions' bodies.
 */
function entryRoot(load: string, methods: string): string {
  const root = mkdtempSync(join(tmpdir(), 'first-paint-renderer-'));
  mkdirSync(join(root, 'dist-server'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(root, ENTRY_SERVER_FILE), `${load}\n${methods}\n`);
  return root;
}

const settle = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ value }),
    (error: Error) => ({ error: error.message }),
  );

describe('the first-paint worker (ADR 011)', () => {
  it('lets a worker that is still loading the entry finish: the page waiting on it goes out as the shell, the next one is drawn', async () => {
    // The entry loads only once the test says so, however fast or busy the machine.
    const go = join(mkdtempSync(join(tmpdir(), 'first-paint-go-')), 'go');
    const root = entryRoot(
      `import { existsSync } from 'node:fs';\nwhile (!existsSync(${JSON.stringify(go)})) await new Promise((r) => setTimeout(r, 20));`,
      `export const firstPageUrl = (path) => 'drawn ' + path;`,
    );
    const renderer = startFirstPaintRenderer(root, { callTimeoutMs: 1500, restartAfterMs: 60_000 })!;

    expect(await settle(Promise.resolve(renderer.firstPageUrl('/tests' as never)))).toEqual({
      error: 'first paint: the server entry was still loading after 1500 ms',
    });
    writeFileSync(go, '');
    // A worker killed for being slow to load would refuse this call for a minute ("failed moments ago").
    expect(await settle(Promise.resolve(renderer.firstPageUrl('/tests' as never)))).toEqual({ value: 'drawn /tests' });
  });

  it('replaces a loaded worker that hangs in a call, and sends pages as the shell until it is started again', async () => {
    const root = entryRoot(
      '',
      `export const firstPageUrl = (path) => 'drawn ' + path;\nexport const renderFirstPaint = () => new Promise(() => {});`,
    );
    const renderer = startFirstPaintRenderer(root, { callTimeoutMs: 1500, restartAfterMs: 60_000 })!;
    expect(await settle(Promise.resolve(renderer.firstPageUrl('/tests' as never)))).toEqual({ value: 'drawn /tests' });

    expect(await settle(Promise.resolve(renderer.renderFirstPaint({} as never, {} as never)))).toEqual({
      error: 'first paint: renderFirstPaint took over 1500 ms',
    });
    await expect.poll(() => settle(Promise.resolve(renderer.firstPageUrl('/tests' as never)))).toEqual({
      error: 'first paint: the worker failed moments ago',
    });
  });

  it('draws nothing when the entry is not built (npm run dev): the browser draws the list', () => {
    expect(startFirstPaintRenderer(mkdtempSync(join(tmpdir(), 'no-entry-')))).toBeNull();
  });
});
