import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from '../components/page-loader';
import { TestsListPage } from '../features/tests-list/tests-list-page';
import { TestDetailRoute } from './test-detail-route';

/**
 * A screen whose code loads on demand, in a boundary of its own: the loader shows meanwhile. The
 * list has no boundary above it: a page the server drew is taken over in the same pass as the
 * shell, so the app ends its wait (main.tsx) only once the rows and the toolbar work. Under a
 * boundary it was taken over later, on its own, while the page already looked ready, and a choice
 * made in between was lost (ADR 011).
 */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Screen = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<PageLoader />}>
        <Screen {...props} />
      </Suspense>
    );
  };
}

// The list is eager (the page people open every day); wizard and detail load on demand.
const CreateTestPage = onDemand(async () => (await import('../features/create-test/create-test-page')).CreateTestPage);
const ReportPage = onDemand(async () => (await import('../features/client-report/report-page')).ReportPage);
const ComparePage = onDemand(async () => (await import('../features/compare/compare-page')).ComparePage);
// Senders and Domains read the server's results store (ADR 020); not on the first route's budget.
const SendersPage = onDemand(async () => (await import('../features/senders/senders-page')).SendersPage);
const DomainsPage = onDemand(async () => (await import('../features/senders/domains-page')).DomainsPage);
const SenderPage = onDemand(async () => (await import('../features/senders/sender-page')).SenderPage);

/** A route segment as typed, or as it came (a malformed escape is not an address anyway). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function AppRoutes() {
  const [location] = useLocation();
  return (
    // Keyed by location so an error on one screen clears when the user navigates away.
    <ErrorBoundary key={location}>
      <Switch>
        <Route path="/">
          <Redirect to="/tests" replace />
        </Route>
        <Route path="/tests" component={TestsListPage} />
        <Route path="/tests/new" component={CreateTestPage} />
        <Route path="/compare" component={ComparePage} />
        <Route path="/report" component={ReportPage} />
        <Route path="/tests/:testId">{(params) => <TestDetailRoute testId={params.testId} />}</Route>
        <Route path="/senders" component={SendersPage} />
        <Route path="/senders/:email">{(params) => <SenderPage email={decodeSegment(params.email).toLowerCase()} />}</Route>
        <Route path="/domains" component={DomainsPage} />
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </ErrorBoundary>
  );
}
