import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from '../components/page-loader';
import { TestsListPage } from '../features/tests-list/tests-list-page';
import { TestDetailRoute } from './test-detail-route';

// The list is eager (the page people open every day); wizard and detail load on demand.
const CreateTestPage = lazy(async () => ({ default: (await import('../features/create-test/create-test-page')).CreateTestPage }));
const ReportPage = lazy(async () => ({ default: (await import('../features/client-report/report-page')).ReportPage }));
const ComparePage = lazy(async () => ({ default: (await import('../features/compare/compare-page')).ComparePage }));
// Senders and Domains read the server's results store (ADR 020); not on the first route's budget.
const SendersPage = lazy(async () => ({ default: (await import('../features/senders/senders-page')).SendersPage }));
const DomainsPage = lazy(async () => ({ default: (await import('../features/senders/domains-page')).DomainsPage }));
const SenderPage = lazy(async () => ({ default: (await import('../features/senders/sender-page')).SenderPage }));

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
      <Suspense fallback={<PageLoader />}>
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
      </Suspense>
    </ErrorBoundary>
  );
}
