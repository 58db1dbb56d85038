import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { analyticsQueries } from '../api/analytics/queries';
import { placementTestQueries } from '../api/placement-tests/queries';
import { PageLoader } from '../components/page-loader';

const TestDetailPage = lazy(async () => ({ default: (await import('../features/test-detail/test-detail-page')).TestDetailPage }));

/**
 * `/tests/:testId`. The page's first two questions (the test, and which days it has results
 * for) need nothing but the id, so they are asked while the page's code is still loading, side
 * by side, instead of one after the other once it has. Those two answers then let the page ask
 * for its Records at once: on a busy machine that order is most of what a user waits for
 * (ADR 015). The page's own queries pick the answers up (same keys), nothing is asked twice.
 */
export function TestDetailRoute({ testId }: { testId: string }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.prefetchQuery(placementTestQueries.detail(testId));
    void queryClient.prefetchQuery(analyticsQueries.statsByDate({ test_id: testId }));
  }, [queryClient, testId]);
  // Its own boundary, so this component (and its effect) is on screen while the code loads.
  return (
    <Suspense fallback={<PageLoader />}>
      <TestDetailPage testId={testId} />
    </Suspense>
  );
}
