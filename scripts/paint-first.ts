// Vite plugin: the app's code is fetched once the first paint is on screen (ADR 023).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * The loader that takes the entry's place: small, and plain script (no build step). It starts the
 * app once the first contentful paint is reported (the frame is on screen). It adds a preload link
 * for the entry and for each chunk Vite would have preloaded, so they are fetched side by side: one
 * link per task (a message to itself, which no timer clamps), since each request costs the main
 * thread a moment and thirteen in one task made a long one (docs/benchmarks.md). It then runs the
 * chunks one per task, each after the chunks it imports (`chunks` is in that order), and the entry
 * last: a module graph imported at once is evaluated in one task, which was the longest task of
 * the start (ADR 026). A tab in the background is never
 * painted: it starts at once, or when the tab is hidden before its paint. A browser without paint
 * timing starts after one frame (a task queued from a frame's callback runs after that frame's
 * paint). The 5-second timer is the last resort for a paint that never comes. If the import
 * fails, the page says so.
 *
 * The same file also runs as a worker, started at once where the device has a second core. The
 * first use of `Intl` in a page loads ICU's locale and time-zone data (30–80 ms on this
 * machine, docs/benchmarks.md), and that data is shared by the whole renderer process: loaded by
 * the worker while the page is painted, it is ready when the app formats its first date, which
 * then takes a millisecond instead of a long task on the main thread. The worker builds the
 * formats the list draws with (core/rules/run-date.ts, core/rules/schedule.ts, src/lib/format.ts)
 * and closes. It is the loader's own URL, so it costs no request of its own.
 */
export function bootSource(entry: string, chunks: readonly string[]): string {
  return `if (typeof document === 'undefined') {
  new Intl.DateTimeFormat().resolvedOptions();
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(0);
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(0);
  new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(0);
  new Intl.NumberFormat('en-GB').format(1234.5);
  'a'.localeCompare('b');
  close();
} else {
if ((navigator.hardwareConcurrency ?? 1) > 1) {
  try {
    new Worker(import.meta.url, { type: 'module' });
  } catch {}
}
let started = false;
const nextTask = () => new Promise((done) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    done();
  };
  channel.port2.postMessage(0);
});
const start = async () => {
  if (started) return;
  started = true;
  const entry = ${JSON.stringify(entry)};
  const chunks = ${JSON.stringify(chunks)};
  const links = [entry, ...chunks];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const href = links.shift();
    if (href === undefined) return channel.port1.close();
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  try {
    for (const chunk of chunks) {
      await import(chunk);
      await nextTask();
    }
    await import(entry);
  } catch (error) {
    console.error('[app] the code did not load:', error);
    const line = document.createElement('p');
    line.className = 'boot-failed';
    line.setAttribute('role', 'alert');
    line.textContent = "The dashboard's code did not load. Check the connection, then reload the page.";
    document.body.append(line);
  }
};
if (document.visibilityState === 'hidden') start();
else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) start();
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && start());
  setTimeout(start, 5000);
} else requestAnimationFrame(() => setTimeout(start, 0));
}
`;
}

/**
 * The chunks in an order in which each comes after the chunks it imports (depth first, imports
 * before importers; a cycle is broken where it is met). Importing them one by one in this order
 * runs each chunk's own code in its own task. Only `chunks` are returned: imports outside them
 * (none, for Vite's preload list) are left to the chunk that imports them.
 */
export function evaluationOrder(chunks: readonly string[], importsOf: (chunk: string) => readonly string[]): string[] {
  const listed = new Set(chunks);
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (chunk: string) => {
    if (done.has(chunk) || !listed.has(chunk)) return;
    done.add(chunk);
    for (const imported of importsOf(chunk)) visit(imported);
    order.push(chunk);
  };
  for (const chunk of chunks) visit(chunk);
  return order;
}

/**
 * Takes the entry's `<script>` and its `modulepreload` links out of the built HTML and puts one
 * script in their place, `bootFile`, whose source is returned. Stylesheets stay where Vite put
 * them: the first paint needs them. Throws if the HTML has no entry script, so a change in how
 * Vite writes its tags fails the build instead of shipping a page without its app. `importsOf`
 * gives a chunk's static imports (by URL), to list the chunks in evaluation order.
 */
export function paintFirstHtml(
  html: string,
  bootFile: (source: string) => string,
  importsOf: (chunk: string) => readonly string[] = () => [],
): { html: string; boot: string } {
  const entry = ENTRY.exec(html);
  if (!entry?.[1]) throw new Error('paint-first: the built index.html has no module script to defer');
  const preloads = [...html.matchAll(PRELOAD)];
  const boot = bootSource(
    entry[1],
    evaluationOrder(
      preloads.map((match) => match[1] ?? ''),
      importsOf,
    ),
  );
  let out = html.replace(entry[0], '');
  for (const match of preloads) out = out.replace(match[0], '');
  const script = `<script type="module" src="${bootFile(boot)}"></script>\n  `;
  return { html: out.replace('</head>', `${script}</head>`), boot };
}

/**
 * Lighthouse counts every script that is fetched before the first paint as holding that paint up,
 * and on a slow connection it does: the app's ~145 KB share the line with the document and the
 * stylesheet. The list arrives drawn by the server (ADR 011) and every other address shows the
 * static shell, so no script is needed for the first paint.
 */
export function paintFirst(): Plugin {
  return {
    name: 'paint-first',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        // Vite calls this from its HTML plugin's generateBundle, with Rollup's context.
        const context = this as unknown as { emitFile(file: { type: 'asset'; fileName: string; source: string }): string };
        const importsOf = (url: string) => {
          const item = bundle?.[url.replace(/^\//, '')];
          return item?.type === 'chunk' ? item.imports.map((fileName) => `/${fileName}`) : [];
        };
        return paintFirstHtml(
          html,
          (source) => {
            const fileName = `assets/boot-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
            context.emitFile({ type: 'asset', fileName, source });
            return `/${fileName}`;
          },
          importsOf,
        ).html;
      },
    },
  };
}
