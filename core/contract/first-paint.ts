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
  /**
   * The list's answer checked with the app's schema, the question for its Inbox figures, and the
   * questions for its automated tests' latest runs (one per day they may have run, as of `now`).
   */
  checkFirstPage(answer: unknown, now: number): CheckedFirstPage<Page> | null;
  /** The page's HTML and the JSON handed to the browser, or `null` for an address not drawn. */
  renderFirstPaint(
    location: PageLocation,
    fetched: FetchedFirstPage<Page>,
    options?: { timeZone?: string | null; colorScheme?: 'light' | 'dark' },
  ): { html: string; json: string } | null;
}

/** A POST the server asks on the page's behalf (stats-by-test-id). */
export interface FirstPaintQuestion<Body = unknown> {
  url: string;
  body: Body;
}

export interface CheckedFirstPage<Page = unknown> {
  page: Page;
  stats: FirstPaintQuestion<{ test_ids: string[] }> | null;
  /** One per day on which an automated test of the page may have run (ADR 019); may be empty. */
  runDays: FirstPaintQuestion[];
}

/** What the server fetched for the drawing; an answer that was late or failed is left out (`undefined`/`null`). */
export interface FetchedFirstPage<Page = unknown> {
  workspace: string | null;
  fetchedAt: number;
  page: Page;
  statsAnswer?: unknown;
  /** In the order of `runDays`; `null` for a day that was late or failed. */
  runDayAnswers?: unknown[];
  status?: unknown;
}
