/**
 * The `<script type="application/json">` the server writes into the list page (ADR 011): the
 * first page it drew, or how long the API asked it to wait. Shared by the server and the app.
 */
export const FIRST_PAGE_ELEMENT_ID = 'first-page-data';

/**
 * JSON that is safe inside a `<script>` element whatever the tests contain: `<`, `>` and `&` are
 * escaped, so a name such as `</script><script>…` stays text (e2e/security-xss.spec.ts).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An address as the entry reads it (a `URL` or Hono's request URL both fit). */
export interface PageLocation {
  pathname: string;
  search: string;
}

/**
 * What the server-drawn list's entry (`src/first-paint/entry-server.tsx`, built into
 * `dist-server/`) offers the server. The server never imports the app: it loads the build at run
 * time and knows it only through this shape; `Page` stays opaque to it.
 */
export interface FirstPaintEntry<Page = unknown> {
  /** The API address of the first page an address opens (`null`: nothing to draw ahead). */
  firstPageUrl(location: PageLocation): string | null;
  /** The list's answer checked with the app's schema, and the question for its Inbox figures. */
  checkFirstPage(answer: unknown): { page: Page; stats: { url: string; body: { test_ids: string[] } } | null } | null;
  /** The page's HTML and the JSON handed to the browser, or `null` for an address not drawn. */
  renderFirstPaint(
    location: PageLocation,
    fetched: { workspace: string | null; fetchedAt: number; page: Page; statsAnswer?: unknown; status?: unknown },
    options?: { timeZone?: string | null; colorScheme?: 'light' | 'dark' },
  ): { html: string; json: string } | null;
}
