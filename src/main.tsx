import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from './react-dom-client';
import { apiRateLimiter } from './api/rate-limiter';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { applyWorkspace, readWorkspace } from './app/workspace-store';
import { prefetchTestsList } from './first-paint/prefetch-tests-list';
import { takeFirstPage } from './first-paint/first-page';
import { nextTask } from './lib/next-task';
import { setTakingOver } from './components/use-hydrated';
import { fetchNotificationsHost } from './app/notifications/lazy-notifications';
import { COOKIES, readCookie, writeCookie } from '../core/rules/cookies';

/**
 * The app's start, in short tasks of its own after the modules' evaluation (each `nextTask`),
 * so the page stays responsive while it starts (Total Blocking Time, docs/benchmarks.md).
 */
async function start(root: HTMLElement) {
  await nextTask();
  // The toasts' chunk, fetched now; a failure is the container's to retry (lazy-notifications.tsx).
  void fetchNotificationsHost().catch(() => undefined);
  // Reading the server's hand-over parses about 60 KB of JSON.
  const { firstPage, retryAfterMs } = takeFirstPage();
  // The API told the server to wait (429) just now: this tab waits as long before asking.
  if (retryAfterMs !== null) apiRateLimiter.pauseFor(retryAfterMs);
  await nextTask();
  // The first use of storage opens it (a few milliseconds on a phone).
  const workspace = readWorkspace();
  applyWorkspace(workspace);
  await nextTask();
  const queryClient = createQueryClient();
  const fromServer = prefetchTestsList(queryClient, window.location, { workspace, firstPage });
  const colorScheme = readCookie(document.cookie, COOKIES.colorScheme) === 'dark' ? 'dark' : 'light';
  await nextTask();
  // The page's first use of `Intl` loads its locale data (40–80 ms on a fast machine). The server
  // draws the next first page in this browser's time zone (server/first-paint/first-paint.ts).
  writeCookie(COOKIES.timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone);
  await nextTask();

  // The page the server drew (ADR 011), when the app starts from its data: the app takes it over
  // (hydration) instead of drawing it again, then lifts its `aria-disabled` and drops the shell
  // beside it. Its form controls lift their own `inert` once taken over (`useHydrated`, ADR 028).
  const drawn = fromServer ? root.querySelector<HTMLElement>(':scope > .first-paint') : null;
  const takeOver = (page: HTMLElement) => () => {
    setTakingOver(false);
    page.removeAttribute('aria-disabled');
    for (const sibling of Array.from(root.children)) if (sibling !== page) sibling.remove();
  };
  const app = (
    <StrictMode>
      <App
        initialQueryClient={queryClient}
        colorScheme={colorScheme}
        drawnAt={drawn ? firstPage?.fetchedAt : undefined}
        onMounted={drawn ? takeOver(drawn) : undefined}
      />
    </StrictMode>
  );
  // In a transition: the first render (or takeover) yields to the browser every few milliseconds
  // instead of blocking the main thread for the whole tree.
  startTransition(() => {
    if (drawn) {
      setTakingOver(true);
      hydrateRoot(drawn, app, {
        // A minute that turned between drawing and starting (a relative time) makes React draw the
        // page again instead of taking it over: expected now and then, not an error.
        onRecoverableError: (error) => console.warn('[app] drew the server page again:', error instanceof Error ? error.message : error),
      });
    } else {
      createRoot(root).render(app);
    }
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// From a promise's reaction, not from this module's own evaluation: with developer tools attached
// (Lighthouse, Playwright), a timer or yield set from a module's top level records where it was
// set, which cost 9 ms of the evaluation in one profile (ADR 026).
void Promise.resolve(root).then(start);
