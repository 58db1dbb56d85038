// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { countRemoteImages, previewDocument } from './email-preview-html';

describe('previewDocument', () => {
  it('removes scripts and event handlers and carries a CSP that blocks remote loads', () => {
    const html = previewDocument(
      '<p onclick="steal()">Hi</p><script>alert(1)</script><a href="javascript:alert(2)">x</a>',
    );
    expect(html).not.toMatch(/<script|onclick|javascript:/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('<p>Hi</p>');
  });

  it('drops remote image addresses so nothing is requested, keeping data: images', () => {
    const html = previewDocument(
      '<img src="https://t.example.com/p.gif" alt="pixel"><img src="data:image/gif;base64,R0lGOD" alt="inline">' +
        '<div style="background:url(https://t.example.com/bg.png)">x</div>',
    );
    expect(html).not.toContain('t.example.com');
    expect(html).toContain('src="data:image/gif;base64,R0lGOD"');
  });

  it('keeps style blocks and attributes from loading or running anything, escapes included', () => {
    const html = previewDocument(
      `<style>@import 'https://t.example.com/a.css'; @\\69mport "https://t.example.com/b.css"; p{background:u\\72l(https://t.example.com/c.png)} i{background:image-set("https://t.example.com/d.png" 1x)}</style>` +
        '<p style="width: expression(alert(1)); background: \\75 rl(https://t.example.com/e.png)">x</p>',
    );
    expect(html).not.toMatch(/t\.example\.com|@import|expression\(|image-set\(/i);
    expect(html).toContain('<body><style>');
    expect(html).toContain('p{background:none}');
    expect(html).toContain('<p style="width: none(alert(1)); background: none">x</p>');
  });

  it('shows plain text as text, line breaks kept, markup-looking text escaped', () => {
    const html = previewDocument('Hi 5 < 6 & co\nBye');
    expect(html).toContain('<div style="white-space:pre-wrap">Hi 5 &lt; 6 &amp; co\nBye</div>');
  });

  it('counts remote images', () => {
    expect(countRemoteImages('<img src="https://a/b.png"><img src=\'//c/d.png\'><img src="data:x">')).toBe(2);
  });
});
