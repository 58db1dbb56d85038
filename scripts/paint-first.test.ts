import { describe, expect, it } from 'vitest';
import { paintFirstHtml } from './paint-first';

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
    expect(boot).toContain('import("/assets/index-AAA.js")');
    expect(boot).toContain('["/assets/react-dom-BBB.js","/assets/common-CCC.js"]');
    expect(boot).not.toContain('index-DDD.css');
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
