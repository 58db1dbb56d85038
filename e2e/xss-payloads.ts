/**
 * The script-injection corpus (issue 6, Security). Each payload, if the browser ever ran it,
 * calls `__xss(<its id>)` (ids from 1), which e2e/security-xss.spec.ts records. Sources: the
 * OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet and the DOMPurify mXSS
 * reports. No leading or trailing spaces: the API trims names.
 */
type Vector = (call: string) => string;

const VECTORS: Vector[] = [
  // Plain tags and event handlers
  (c) => `<script>${c}</script>`,
  (c) => `<img src=x onerror="${c}">`,
  (c) => `<svg onload=${c}>`,
  (c) => `<svg><script>${c}</script></svg>`,
  (c) => `<body onload=${c}>`,
  (c) => `<details open ontoggle=${c}>`,
  (c) => `<input autofocus onfocus=${c}>`,
  (c) => `<select autofocus onfocus=${c}></select>`,
  (c) => `<textarea autofocus onfocus=${c}></textarea>`,
  (c) => `<video><source onerror=${c}></video>`,
  (c) => `<audio src=x onerror=${c}>`,
  (c) => `<marquee onstart=${c}>x</marquee>`,
  (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`,
  (c) => `<div onpointerenter=${c} style="position:fixed;inset:0">x</div>`,
  (c) => `<x contenteditable autofocus onfocus=${c}>x</x>`,
  (c) => `<IMG SRC=x ONERROR=${c}>`,
  (c) => `<img src=x onerror=${c.replace('(', '&#40;').replace(')', '&#41;')}>`,
  (c) => `<img src=x onerror="window['__'+'xss'](${c.slice(6, -1)})">`,
  (c) => `<img srcset=",,,,x" onerror="${c}">`,
  // Breaking out of attributes, elements and strings
  (c) => `"><script>${c}</script>`,
  (c) => `'><img src=x onerror=${c}>`,
  (c) => `" onmouseover="${c}" x="`,
  (c) => `' onfocus='${c}' autofocus='`,
  (c) => `</textarea><script>${c}</script>`,
  (c) => `</title><script>${c}</script>`,
  (c) => `</script><script>${c}</script>`,
  (c) => `</style><img src=x onerror=${c}>`,
  (c) => `';${c};//`,
  (c) => `";${c};//`,
  (c) => `<scr<script>ipt>${c}</scr</script>ipt>`,
  (c) => `<img """><script>${c}</script>">`,
  // URLs
  (c) => `javascript:${c}`,
  (c) => `JaVaScRiPt:${c}`,
  (c) => `java\tscript:${c}`,
  (c) => `<a href="javascript:${c}">click</a>`,
  (c) => `<a href="&#106;avascript:${c}">click</a>`,
  (c) => `<iframe src="javascript:parent.${c}"></iframe>`,
  (c) => `<object data="javascript:${c}"></object>`,
  (c) => `<embed src="javascript:${c}">`,
  (c) => `<base href="javascript:${c}//">`,
  (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
  (c) => `data:text/html,<script>${c}</script>`,
  (c) => `<svg><a xlink:href="javascript:${c}"><text x=20 y=20>x</text></a></svg>`,
  (c) => `<form action="javascript:${c}"><button>x</button></form>`,
  // Frames, styles, templates
  (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`,
  (c) => `<iframe srcdoc="&lt;img src=x onerror=parent.${c}&gt;"></iframe>`,
  (c) => `<style>@import 'javascript:${c}';</style>`,
  (c) => `<div style="width: expression(${c})">x</div>`,
  (c) => `<div style="background:url('javascript:${c}')">x</div>`,
  (c) => `<link rel=stylesheet href="javascript:${c}">`,
  (c) => `<style>@\\69mport 'javascript:${c}';</style>`,
  (c) => `<p style="background:u\\72l(javascript:${c})">x</p>`,
  (c) => `\${${c}}`,
  (c) => `{{${c}}}`,
  (c) => `{{constructor.constructor('${c}')()}}`,
  (c) => `<template><img src=x onerror=${c}></template>`,
  // Encodings, Unicode and the HTML parser's corners
  (c) => `&lt;script&gt;${c}&lt;/script&gt;`,
  (c) => `&#60;img src=x onerror=${c}&#62;`,
  (c) => `%3Cscript%3E${c}%3C%2Fscript%3E`,
  (c) => `\\u003cscript\\u003e${c}\\u003c/script\\u003e`,
  (c) => `\u202E<img src=x onerror=${c}>\u202C`,
  (c) => `\u200B<script>${c}</script>\u200B`,
  (c) => `＜script＞${c}＜/script＞`,
  (c) => `<!--<img src="--><img src=x onerror=${c}//">`,
  (c) => `<![CDATA[<img src=x onerror=${c}>]]>`,
  // Mutation XSS (DOMPurify and innerHTML round trips)
  (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`,
  (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`,
  (c) => `<svg></p><style><a id="</style><img src=x onerror=${c}>">`,
  (c) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${c}>`,
  (c) =>
    `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src=x onerror=${c}>">`,
  // Long and layout-breaking
  (c) => `${'W'.repeat(300)}<img src=x onerror=${c}>`,
  (c) => `${'&'.repeat(40)}${'\u0301'.repeat(20)}<svg onload=${c}>`,
];

export const XSS_PAYLOADS: readonly string[] = VECTORS.map((vector, i) => vector(`__xss(${i + 1})`));
