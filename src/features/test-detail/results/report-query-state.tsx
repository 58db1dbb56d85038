import { Skeleton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Report } from '../../../../core/contract/reports';
import { QueryErrorAlert } from '../../../components/query-error-alert';

/** What the report panels read of the reports query (an infinite query flattened by `select`). */
export interface ReportsQuery {
  data: Report[] | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** Loading, failure and "no reports yet" for the two report panels, so each only draws reports. */
export function ReportQueryState({
  query,
  children,
}: {
  query: ReportsQuery;
  children: (reports: Report[]) => ReactNode;
}) {
  if (query.isPending) return <Skeleton h={120} />;
  if (query.isError && !query.data) {
    return (
      <QueryErrorAlert
        title="Could not load the reports"
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!query.data?.length)
    return <Text size="sm">No reports for this period yet. Each run writes one per sending domain.</Text>;
  return <>{children(query.data)}</>;
}
