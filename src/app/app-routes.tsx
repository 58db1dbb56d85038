import { lazy, Suspense, type ReactNode } from 'react';
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

/** A screen whose code loads on demand: the loader shows meanwhile. */
function OnDemand({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

export function AppRoutes() {
  const [location] = useLocation();
  return (
    // Keyed by location so an error on one screen clears when the user navigates away.
    <ErrorBoundary key={location}>
      {/* No boundary around the list: a page the server drew is taken over in the same pass as the
          shell, so the app ends its wait (main.tsx) only once the rows and the toolbar work. A
          boundary would be taken over later, on its own, while the page already looked ready and
          a choice made in between was lost (ADR 011). */}
      <Switch>
        <Route path="/">
          <Redirect to="/tests" replace />
        </Route>
        <Route path="/tests" component={TestsListPage} />
        <Route path="/tests/new">
          <OnDemand>
            <CreateTestPage />
          </OnDemand>
        </Route>
        <Route path="/compare">
          <OnDemand>
            <ComparePage />
          </OnDemand>
        </Route>
        <Route path="/report">
          <OnDemand>
            <ReportPage />
          </OnDemand>
        </Route>
        <Route path="/tests/:testId">{(params) => <TestDetailRoute testId={params.testId} />}</Route>
        <Route path="/senders">
          <OnDemand>
            <SendersPage />
          </OnDemand>
        </Route>
        <Route path="/senders/:email">
          {(params) => (
            <OnDemand>
              <SenderPage email={decodeSegment(params.email).toLowerCase()} />
            </OnDemand>
          )}
        </Route>
        <Route path="/domains">
          <OnDemand>
            <DomainsPage />
          </OnDemand>
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </ErrorBoundary>
  );
}
