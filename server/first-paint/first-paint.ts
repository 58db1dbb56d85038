import type { Context } from 'hono';
import { parseRetryAfter } from '../../core/rules/retry-after';
import { COOKIES, readCookie } from '../../core/rules/cookies';
import { FIRST_PAGE_ELEMENT_ID, scriptJson } from '../../core/contract/first-paint';
import { describeStatus, type Backend } from '../backend';
import type { FirstPaintRenderer } from './first-paint-renderer';

export interface FirstPaintOptions {
  backend: Backend;
  /** The app's server entry: in a worker thread in production (`first-paint-renderer.ts`), in process in tests. */
  entry: FirstPaintRenderer;
  /**
   * How long the HTML may wait for the first page. A slower backend gets the plain app shell at
   * once and the browser asks for the page itself, as it would without this.
   */
  budgetMs?: number;
  /** Whether the server asks for a password (the header's sign-out button). */
  auth?: boolean;
}

const MARKER = '<!--first-paint-->';
/**
 * Said before the drawn page: it is `aria-disabled` and its form controls `inert` until the app
 * takes it over, and without JavaScript nothing in it works (ADR 028).
 */
const BEFORE_PAGE =
  '<noscript><p class="boot-noscript">This dashboard needs JavaScript to change anything. Turn it on and reload the page.</p></noscript>' +
  '<p class="boot-sr" role="status">Loading the dashboard…</p>';

/**
 * The browser paints the drawn page once it has read all of it (up to the data after it), not
 * after each piece the parser reads: each early paint laid out the whole page again, and those
 * passes were the longest tasks after the first paint on a phone (ADR 026). Browsers without
 * `rel=expect` ignore the link and paint as before.
 */
const PAINT_WHOLE = `<link rel="expect" href="#${FIRST_PAGE_ELEMENT_ID}" blocking="render">`;

/** `work`'s value, or `null` when it fails or takes longer than `ms` (a late answer is dropped). */
function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((done) => {
    timer = setTimeout(() => done(null), Math.max(0, ms));
  });
  return Promise.race([work.catch(() => null), late]).finally(() => clearTimeout(timer));
}

type Answer = { ok: true; body: unknown } | { ok: false; status: number; retryAfterMs: number | null };

/**
 * Draws the list page with its first page of tests into index.html (ADR 011), so a phone on a
 * slow network sees rows before the script arrives. Until the app takes it over it is
 * `aria-disabled` (screen readers and tools know its buttons do nothing yet) and its form controls
 * are drawn `inert`, so nothing can be typed or chosen that the app would not know of (ADR 028).
 * Neither restyles the page when lifted, as `inert` on the whole page did.
 * The page's data rides along as JSON, so the app starts from the same rows without asking again.
 *
 * Returns `null`, and the shell is sent as before, for other screens, when the backend fails or
 * is slow, or when the answer does not pass the list's schema. A 429 is passed on: the shell
 * goes with the Retry-After, the app waits as long before asking, and so does this server.
 */
export function createFirstPaint({ backend, entry, budgetMs = 300, auth = false }: FirstPaintOptions) {
  /** Per workspace: when the API said it may be asked again (429 Retry-After). */
  const rateLimitedUntil = new Map<string, number>();
  const dataElement = (json: string) => `<script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">${json}</script>`;
  const withWait = (template: string, ms: number) =>
    template.replace('</body>', () => `${dataElement(scriptJson({ retryAfterMs: ms }))}</body>`);

  const draw = async (c: Context, template: string): Promise<string | null> => {
    const url = new URL(c.req.url);
    const location = { pathname: url.pathname, search: url.search };
    const pageUrl = await entry.firstPageUrl(location);
    if (!pageUrl || !template.includes(MARKER)) return null;
    const cookies = c.req.header('cookie');
    const workspace = readCookie(cookies, COOKIES.workspace) || null;

    const headers = { Accept: 'application/json', 'Accept-Encoding': 'identity', ...(workspace ? { 'X-Workspace': workspace } : {}) };
    const waitLeft = (rateLimitedUntil.get(workspace ?? '') ?? 0) - Date.now();
    if (waitLeft > 0) return withWait(template, waitLeft);

    const ask = async (path: string, init?: { method: 'POST'; body: unknown }): Promise<Answer> => {
      const response = await backend.fetch(
        new Request(new URL(path, url.origin), {
          method: init?.method ?? 'GET',
          headers: init ? { ...headers, 'Content-Type': 'application/json' } : headers,
          body: init ? JSON.stringify(init.body) : undefined,
        }),
      );
      const encoding = response.headers.get('content-encoding');
      if (response.status !== 200 || (encoding && encoding !== 'identity')) {
        await response.body?.cancel();
        return { ok: false, status: response.status, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
      }
      return { ok: true, body: (await response.json()) as unknown };
    };
    // The list, then its figures, within one budget; figures that are late or fail are left to
    // the browser (it shows them loading and asks), the list is not.
    const deadline = Date.now() + budgetMs;
    const rateLimited = (answer: Answer | null) => {
      if (!answer || answer.ok || answer.status !== 429) return null;
      const wait = answer.retryAfterMs ?? 1000;
      rateLimitedUntil.set(workspace ?? '', Date.now() + wait);
      return withWait(template, wait);
    };
    const listed = await withinBudget(ask(pageUrl), budgetMs);
    if (!listed?.ok) return rateLimited(listed);
    const fetchedAt = Date.now();
    const checked = await entry.checkFirstPage(listed.body, fetchedAt);
    if (!checked) return null;
    const { page, stats, runDays } = checked;
    // The Inbox figures and the automated tests' run days together, in what is left of the budget.
    const post = (question: { url: string; body: unknown }) =>
      withinBudget(ask(question.url, { method: 'POST', body: question.body }), deadline - Date.now());
    const [statsAnswered, ...dayAnswers] = await Promise.all([stats ? post(stats) : null, ...runDays.map(post)]);
    for (const answer of [statsAnswered, ...dayAnswers]) {
      const wait = rateLimited(answer ?? null);
      if (wait) return wait;
    }
    const statsAnswer = statsAnswered?.ok ? statsAnswered.body : null;
    const runDayAnswers = dayAnswers.map((answer) => (answer?.ok ? answer.body : null));

    // The scheme the browser used last (its cookie); without one, light is drawn and a dark
    // system setting keeps the dark shell over it until the app starts (index.html).
    const scheme = readCookie(cookies, COOKIES.colorScheme);
    const colorScheme = scheme === 'dark' ? 'dark' : 'light';
    const drawn = await entry.renderFirstPaint(
      location,
      // The list just answered: the backend is there for this workspace, as /api/status would say.
      { workspace, fetchedAt, page, statsAnswer, runDayAnswers, status: describeStatus(backend, workspace, { ok: true, status: 200 }, auth) },
      { timeZone: readCookie(cookies, COOKIES.timeZone), colorScheme },
    );
    if (!drawn) return null;
    const { html, json } = drawn;

    const guessed = scheme !== 'dark' && scheme !== 'light';
    const htmlAttributes = `data-mantine-color-scheme="${colorScheme}"${guessed ? ' data-scheme-guessed' : ''}`;
    // Replacer functions, so a `$&` or `$'` in a test's name is text, not a replacement pattern.
    return template
      .replace('<html lang="en">', () => `<html lang="en" ${htmlAttributes}>`)
      .replace('</head>', () => `${PAINT_WHOLE}</head>`)
      .replace(MARKER, () => `${BEFORE_PAGE}<div class="first-paint" aria-disabled="true">${html}</div>`)
      .replace('</body>', () => `${dataElement(json)}</body>`);
  };
  // Whatever goes wrong while drawing (the worker, a bug), the page still goes out, as the shell.
  return async (c: Context, template: string): Promise<string | null> => {
    try {
      return await draw(c, template);
    } catch (error) {
      console.error('[server] drawing the first page failed', error);
      return null;
    }
  };
}
