import DOMPurify from 'dompurify';

/**
 * The body as a recipient's mail app would show it, made safe twice: DOMPurify strips scripts
 * and event handlers, and the document carries a CSP that blocks every fetch except inline
 * styles and data: images, so remote images (tracking pixels included) never load. The frame
 * itself is `sandbox=""` (no scripts, no navigation).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const BASE_STYLE =
  'body{margin:12px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1b1e;background:#fff;overflow-wrap:anywhere}img{max-width:100%}';

const isRemote = (url: string) => !/^\s*data:/i.test(url);

/** CSS escapes decoded (`\75 rl(` is `url(`), so the rules below see what the browser sees. */
function unescapeCss(css: string): string {
  let text = css;
  for (let pass = 0; pass < 5 && text.includes('\\'); pass++) {
    text = text.replace(
      /\\([0-9a-f]{1,6})\s?|\\([^\n0-9a-f])/gi,
      (_, hex: string | undefined, char: string | undefined) =>
        hex ? String.fromCodePoint(Math.min(parseInt(hex, 16) || 0xfffd, 0x10ffff)) : (char ?? ''),
    );
  }
  return text.replaceAll('\\', '');
}

/**
 * CSS that loads nothing and runs nothing: `url()` and `@import` would fetch (the CSP blocks
 * them, with a console error each), as would `image-set()`; `expression()` and `behavior` are
 * old IE script hooks.
 */
function inertCss(css: string): string {
  return unescapeCss(css)
    .replace(/@import[^;]*;?/gi, '')
    .replace(/(url|(-webkit-)?image-set)\s*\([^)]*\)/gi, 'none')
    .replace(/expression\s*\(/gi, 'none(')
    .replace(/(behavior|-moz-binding)\s*:/gi, 'x-removed:');
}

/** Our own instance, so the hook below never affects other users of DOMPurify. */
let purifier: ReturnType<typeof DOMPurify> | null = null;
function getPurifier() {
  if (!purifier) {
    purifier = DOMPurify(window);
    // Drop remote addresses before the frame ever sees them: nothing is requested (the CSP
    // would block it anyway, but with a console error per image or stylesheet).
    purifier.addHook('afterSanitizeAttributes', (node) => {
      for (const attr of ['src', 'srcset', 'background', 'poster']) {
        const value = node.getAttribute(attr);
        if (value !== null && isRemote(value)) node.removeAttribute(attr);
      }
      const style = node.getAttribute('style');
      if (style) node.setAttribute('style', inertCss(style));
    });
    purifier.addHook('uponSanitizeElement', (node) => {
      if (node.nodeName === 'STYLE' && node.textContent) node.textContent = inertCss(node.textContent);
    });
  }
  return purifier;
}

const looksLikeHtml = (body: string) => /<[a-z][\s\S]*>/i.test(body);

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function previewDocument(body: string): string {
  const content = looksLikeHtml(body)
    ? getPurifier().sanitize(body, {
        WHOLE_DOCUMENT: false,
        // Keeps a leading <style> block (emails often start with one); it is made inert above.
        FORCE_BODY: true,
        FORBID_TAGS: ['form', 'input', 'button', 'iframe', 'object', 'embed'],
      })
    : `<div style="white-space:pre-wrap">${escapeHtml(body)}</div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><style>${BASE_STYLE}</style></head><body>${content}</body></html>`;
}

/** How many images point at a remote address (they stay blank in the preview). */
export function countRemoteImages(body: string): number {
  return (body.match(/<img\b[^>]*\bsrc\s*=\s*["']?\s*(https?:)?\/\//gi) ?? []).length;
}
