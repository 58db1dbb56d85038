// Bundle budgets: gzip size of what the first route downloads and of each lazy chunk.
// Reads the manifest Vite writes with `build.manifest: true`. Usage: `npm run build && npm run size`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The fields we use of one entry in `dist/.vite/manifest.json` (https://vite.dev/guide/backend-integration). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface Budgets {
  /** gzip bytes of all JS the first route loads */
  firstRouteJs: number;
  /** gzip bytes of the JS one lazy chunk adds on top of the first route */
  lazyChunkJs: number;
  /**
   * gzip bytes of the first route's CSS, which blocks the first paint: Mantine's CSS is imported
   * per component (ADR 010); all of `@mantine/core/styles.css` alone is about 30 KB.
   */
  firstRouteCss: number;
}
/** Kilobytes are 1,000 bytes, as Vite prints them. */
export const DEFAULT_BUDGETS: Budgets = { firstRouteJs: 145_000, lazyChunkJs: 150_000, firstRouteCss: 20_000 };

export interface FileSize {
  file: string;
  gzip: number;
}
export interface Group {
  /** the manifest key: `index.html` or the source path of a lazy module */
  name: string;
  js: FileSize[];
  css: FileSize[];
  jsGzip: number;
  cssGzip: number;
}
export interface SizeReport {
  firstRoute: Group;
  lazy: Group[];
  /** one message per budget exceeded; empty when all fit */
  failures: string[];
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function computeSizes(
  manifest: Manifest,
  readFile: (file: string) => Buffer | string,
  budgets: Budgets = DEFAULT_BUDGETS,
  /** Scripts the built HTML loads that the manifest does not list: the paint-first loader (ADR 023). */
  htmlOnlyScripts: readonly string[] = [],
): SizeReport {
  const entryKey =
    'index.html' in manifest
      ? 'index.html'
      : Object.keys(manifest).find((key) => manifest[key]?.isEntry && key.endsWith('.html'));
  if (!entryKey) throw new Error('The Vite manifest has no index.html entry.');

  const chunk = (key: string) => {
    const found = manifest[key];
    if (!found) throw new Error(`The Vite manifest refers to "${key}" but has no entry for it.`);
    return found;
  };
  const gzipCache = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFile(file), { level: 9 }).length;
      gzipCache.set(file, size);
    }
    return size;
  };

  /** `key` and its static imports, transitively, minus what `loaded` already holds. */
  const staticClosure = (key: string, loaded: ReadonlySet<string>) => {
    const keys = new Set<string>();
    const visit = (current: string) => {
      if (keys.has(current) || loaded.has(current)) return;
      keys.add(current);
      for (const imported of chunk(current).imports ?? []) visit(imported);
    };
    visit(key);
    return keys;
  };

  const group = (name: string, keys: Set<string>, cssLoaded: ReadonlySet<string>): Group => {
    const js = [...keys].map((key) => chunk(key).file).filter((file) => file.endsWith('.js'));
    const css = [...new Set([...keys].flatMap((key) => chunk(key).css ?? []))].filter(
      (file) => !cssLoaded.has(file),
    );
    const sized = (files: string[]) => files.map((file) => ({ file, gzip: gzipSize(file) }));
    const total = (files: FileSize[]) => files.reduce((sum, f) => sum + f.gzip, 0);
    const jsSizes = sized(js);
    const cssSizes = sized(css);
    return { name, js: jsSizes, css: cssSizes, jsGzip: total(jsSizes), cssGzip: total(cssSizes) };
  };

  const firstKeys = staticClosure(entryKey, new Set());
  const entryGroup = group(entryKey, firstKeys, new Set());
  const loaders = htmlOnlyScripts.map((file) => ({ file, gzip: gzipSize(file) }));
  const firstRoute: Group = {
    ...entryGroup,
    js: [...loaders, ...entryGroup.js],
    jsGzip: entryGroup.jsGzip + loaders.reduce((sum, f) => sum + f.gzip, 0),
  };
  const firstCss = new Set(firstRoute.css.map((f) => f.file));

  // Every module reached through a dynamic import anywhere (lazy routes can nest), except those
  // the first route loads statically anyway.
  const lazyKeys: string[] = [];
  const seen = new Set<string>();
  const queue = [...firstKeys];
  while (queue.length > 0) {
    const key = queue.shift() as string;
    for (const dynamic of chunk(key).dynamicImports ?? []) {
      if (seen.has(dynamic) || firstKeys.has(dynamic)) continue;
      seen.add(dynamic);
      lazyKeys.push(dynamic);
      queue.push(...staticClosure(dynamic, firstKeys));
    }
  }
  const lazy = lazyKeys.map((key) => group(key, staticClosure(key, firstKeys), firstCss));

  const failures: string[] = [];
  if (firstRoute.jsGzip > budgets.firstRouteJs) {
    failures.push(
      `First route JS is ${kb(firstRoute.jsGzip)} gzip, over the ${kb(budgets.firstRouteJs)} budget: ` +
        'load more of it lazily (React.lazy / route `lazy`).',
    );
  }
  if (firstRoute.cssGzip > budgets.firstRouteCss) {
    failures.push(
      `First route CSS is ${kb(firstRoute.cssGzip)} gzip, over the ${kb(budgets.firstRouteCss)} budget: ` +
        "import Mantine's CSS per component (src/app/mantine-styles.ts), not all of styles.css.",
    );
  }
  for (const lazyGroup of lazy) {
    if (lazyGroup.jsGzip > budgets.lazyChunkJs) {
      failures.push(
        `Lazy chunk ${lazyGroup.name} is ${kb(lazyGroup.jsGzip)} gzip JS, over the ${kb(budgets.lazyChunkJs)} budget.`,
      );
    }
  }
  return { firstRoute, lazy, failures };
}

export function formatReport({ firstRoute, lazy }: SizeReport, budgets: Budgets = DEFAULT_BUDGETS): string {
  const groups = [
    { label: 'first route (index.html)', group: firstRoute, budget: budgets.firstRouteJs },
    ...lazy.map((group) => ({ label: `lazy: ${group.name}`, group, budget: budgets.lazyChunkJs })),
  ];
  const rows = [
    ['', 'JS gzip', 'JS budget', 'CSS gzip', ''],
    ...groups.map(({ label, group, budget }) => [
      label,
      kb(group.jsGzip),
      kb(budget),
      kb(group.cssGzip),
      group.jsGzip > budget ? 'OVER BUDGET' : 'ok',
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  const table = rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  const details = groups.map(
    ({ label, group }) =>
      `${label}:\n${[...group.js, ...group.css].map((f) => `  ${kb(f.gzip).padStart(9)}  ${f.file}`).join('\n')}`,
  );
  return [...table, '', ...details].join('\n');
}

function main() {
  const dist = path.resolve(import.meta.dirname, '../dist');
  const manifestPath = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(
      `${manifestPath} not found. Run \`npm run build\` first (vite.config.ts needs \`build.manifest: true\`).`,
    );
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entryFile = manifest['index.html']?.file;
  const htmlScripts = [...html.matchAll(/<script type="module"[^>]* src="\/([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((file) => file !== entryFile);
  const report = computeSizes(manifest, (file) => readFileSync(path.join(dist, file)), DEFAULT_BUDGETS, htmlScripts);
  console.log(formatReport(report));
  if (report.failures.length > 0) {
    console.error(`\nBundle budget exceeded:\n${report.failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll bundles within budget.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
