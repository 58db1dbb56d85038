import { describe, expect, it } from 'vitest';
import { evaluationOrder, paintFirstHtml } from './paint-first';

// The head as Vite writes it for the list page's entry (ADR 023).
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Inbox placement tests</title>
    <script type="module" crossorigin src="/assets/index-AAA.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-dom-BBB.js">
    <link rel="modulepreload" crossorigin href="/assets/common-CCC.js">
    <link rel="stylesheet" crossorigin href="/assets/index-DDD.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('paintFirstHtml', () => {
  const { html, boot } = paintFirstHtml(BUILT, () => '/assets/boot-EEE.js');

  it('leaves one script in the page, the loader, and keeps the stylesheet that the first paint waits for', () => {
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/assets/boot-EEE.js">']);
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-DDD.css">');
    expect(html.indexOf('boot-EEE.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('gives the loader the entry to import and exactly the files Vite preloaded', () => {
    expect(boot).toContain('const entry = "/assets/index-AAA.js";');
    expect(boot).toContain('const chunks = ["/assets/react-dom-BBB.js","/assets/common-CCC.js"];');
    expect(boot).not.toContain('index-DDD.css');
  });

  it('lists the chunks so that each comes after the chunks it imports', () => {
    const imports: Record<string, string[]> = { '/assets/common-CCC.js': ['/assets/react-dom-BBB.js'], '/assets/react-dom-BBB.js': [] };
    const ordered = paintFirstHtml(BUILT, () => '/assets/boot.js', (chunk) => imports[chunk] ?? []).boot;
    expect(ordered).toContain('const chunks = ["/assets/react-dom-BBB.js","/assets/common-CCC.js"];');
    const reversed = paintFirstHtml(BUILT, () => '/assets/boot.js', (chunk) => (chunk.includes('react-dom') ? ['/assets/common-CCC.js'] : [])).boot;
    expect(reversed).toContain('const chunks = ["/assets/common-CCC.js","/assets/react-dom-BBB.js"];');
  });

  it('hands the loader its own source, so its file name can follow its content', () => {
    let named = '';
    paintFirstHtml(BUILT, (source) => {
      named = source;
      return '/assets/boot.js';
    });
    expect(named).toBe(boot);
  });

  it('fails the build when the HTML has no entry script to defer', () => {
    expect(() => paintFirstHtml(BUILT.replace(/<script[^]*?<\/script>/, ''), () => '/x.js')).toThrow(/no module script/);
  });
});

describe('evaluationOrder', () => {
  const graph: Record<string, string[]> = {
    app: ['ui', 'http'],
    ui: ['react'],
    http: ['react', 'zod'],
    react: [],
    zod: [],
    // Imported by a listed chunk but not listed itself: left to its importer.
    outside: [],
  };
  const importsOf = (chunk: string) => graph[chunk] ?? [];

  it('puts every chunk after its imports, each once, keeping the given order otherwise', () => {
    const order = evaluationOrder(['app', 'http', 'ui', 'react', 'zod'], importsOf);
    expect(order).toEqual(['react', 'ui', 'zod', 'http', 'app']);
    for (const chunk of order) for (const imported of importsOf(chunk)) expect(order.indexOf(imported)).toBeLessThan(order.indexOf(chunk));
  });

  it('returns only the listed chunks, and ends on a cycle instead of looping', () => {
    expect(evaluationOrder(['http', 'zod'], (chunk) => [...importsOf(chunk), 'outside'])).toEqual(['zod', 'http']);
    expect(evaluationOrder(['a', 'b'], (chunk) => (chunk === 'a' ? ['b'] : ['a']))).toEqual(['b', 'a']);
  });
});
