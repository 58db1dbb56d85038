import type { Locator } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { XSS_PAYLOADS } from './xss-payloads';

/**
 * For the script-injection journeys: `xss.expectInert(screen, heading)` asserts that no payload
 * ran (`__xss` calls, dialogs) and that none became markup (the DOM scan below), and that the
 * screen still shows its heading. `injected` puts the corpus into tag labels, campaign names and
 * account names through the emulator, and takes it away afterwards.
 */
export interface XssWatch {
  expectInert: (screen: string, heading: Locator) => Promise<void>;
  /** The email preview's document, parsed as the frame parses it, scanned the same way. */
  expectInertPreview: (screen: string) => Promise<void>;
}
export interface Injected {
  tags: { id: string; label: string }[];
  campaigns: { id: string; name: string }[];
  accounts: string[];
}

/**
 * Elements and attributes only a payload could have put there. Self-contained: it runs in the
 * page. React never writes `on*` attributes (it attaches listeners), so any is injected; payload
 * text may legitimately sit in text attributes (aria-label, value, title).
 */
export function scanForInjectedMarkup(html: string | null): string[] {
  const root = html === null ? document.body : new DOMParser().parseFromString(html, 'text/html').body;
  const TEXT_ATTRIBUTES = [
    'aria-label',
    'aria-description',
    'title',
    'value',
    'placeholder',
    'alt',
    'label',
    'data-value',
  ];
  const URL_ATTRIBUTES = [
    'href',
    'src',
    'action',
    'formaction',
    'data',
    'xlink:href',
    'poster',
    'background',
  ];
  const NEVER_RENDERED = ['object', 'embed', 'base', 'meta', 'link', 'frame', 'frameset', 'applet'];
  // An email's own CSS is fine in the preview as long as it can neither load nor run anything.
  const inertCss = (css: string) =>
    html !== null &&
    !/expression\s*\(|javascript:|@import|url\s*\(|image-set|behavior\s*:|binding/i.test(css);
  // The app's own links may carry a payload as percent-encoded data (a records filter such as
  // `?sender=%3Cscript%3E…`): a relative URL with no raw markup in it cannot run anything.
  const ownLinkWithData = (name: string, value: string) =>
    URL_ATTRIBUTES.includes(name) && /^[?/#]/.test(value) && !value.startsWith('//') && !/[<>"'\s]/.test(value);
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    const previewFrame = tag === 'iframe' && element.getAttribute('sandbox') === '';
    if (NEVER_RENDERED.includes(tag) || (tag === 'iframe' && !previewFrame)) found.push(`<${tag}>`);
    const code = element.innerHTML;
    // The server's hand-over of the drawn list (ADR 011), present until the app starts: JSON the
    // browser never runs, with every `<` escaped, so no payload in it can end the element.
    const handOver =
      tag === 'script' && element.id === 'first-page-data' && element.getAttribute('type') === 'application/json' && !code.includes('<');
    if (
      !handOver &&
      ['script', 'style', 'template', 'noscript'].includes(tag) &&
      code.includes('__xss') &&
      !(tag === 'style' && inertCss(code))
    ) {
      found.push(`<${tag}>${element.innerHTML.slice(0, 60)}`);
    }
    for (const { name, value } of Array.from(element.attributes)) {
      // Browsers ignore control characters and spaces in a URL's scheme (`java\tscript:`).
      const url = Array.from(value.toLowerCase())
        .filter((char) => char.charCodeAt(0) > 0x20)
        .join('');
      if (name.startsWith('on')) found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      else if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|data:text\/html)/.test(url)) {
        found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      } else if (
        value.includes('__xss') &&
        !TEXT_ATTRIBUTES.includes(name) &&
        !(previewFrame && name === 'srcdoc') &&
        !(name === 'style' && inertCss(value)) &&
        !ownLinkWithData(name, value)
      ) {
        found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
  }
  return found;
}

export const test = base.extend<{ xss: XssWatch; injected: Injected }>({
  xss: async ({ page }, use) => {
    const ran: number[] = [];
    const dialogs: string[] = [];
    await page.exposeFunction('__xss', (id: unknown) => {
      ran.push(Number(id));
    });
    page.on('dialog', (dialog) => {
      // The wizard's leave guard asking before a reload is the app, not a payload.
      if (dialog.type() === 'beforeunload') return void dialog.accept();
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const expectNothingRan = (screen: string) => {
      expect(ran, `${screen}: payloads that ran`).toEqual([]);
      expect(dialogs, `${screen}: dialogs opened`).toEqual([]);
    };
    await use({
      async expectInert(screen, heading) {
        await expect(heading, `${screen}: main heading`).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
        expect(await page.evaluate(scanForInjectedMarkup, null), `${screen}: markup from payloads`).toEqual(
          [],
        );
        expectNothingRan(screen);
      },
      async expectInertPreview(screen) {
        const srcdoc = await page.getByTitle('Email body preview').getAttribute('srcdoc');
        expect(srcdoc, `${screen}: preview document`).toBeTruthy();
        expect(
          await page.evaluate(scanForInjectedMarkup, srcdoc),
          `${screen}: markup in the preview`,
        ).toEqual([]);
      },
    });
    // Handlers fire asynchronously (an image failing to load): check once more at the end.
    expectNothingRan('after the journey');
  },
  injected: async ({ request }, use) => {
    const res = await request.post('/__emulator/inject', { data: { strings: XSS_PAYLOADS } });
    expect(res.ok(), await res.text()).toBe(true);
    await use((await res.json()) as Injected);
    await request.delete('/__emulator/inject');
  },
});

export { expect };
