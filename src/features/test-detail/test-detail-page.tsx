import './mantine-styles';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { placementTestQueries } from '../../api/placement-tests/queries';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { DetailSkeleton } from './detail-skeleton';
import { TestDetail } from './test-detail';
import { TestNotFound } from './test-not-found';

/** `/tests/:testId`: how the test is doing, and why. Data first: a failed refetch keeps the page. */
export function TestDetailPage({ testId }: { testId: string }) {
  // The route asked already (app/test-detail-route.tsx): a 404 or a failure it got is shown, not
  // asked again on mount; Retry asks again.
  const query = useQuery({ ...placementTestQueries.detail(testId), retryOnMount: false });
  useDocumentTitle(`${query.data?.name ?? 'Test'} · Inbox placement`);
  if (query.data) return <TestDetail placementTest={query.data} />;
  if (query.isError) {
    if (isApiError(query.error, 404)) return <TestNotFound />;
    return (
      <QueryErrorAlert
        title="Could not load this test"
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <DetailSkeleton />;
}
