import type { UseQueryResult } from '@tanstack/react-query';
import { QueryErrorAlert } from '../../../components/query-error-alert';

/**
 * A wizard list (accounts, tags, campaigns, seed inbox options) that failed its first load even
 * after the automatic retries: say why and offer Retry (issue 6: every failure retryable). While
 * it loads again the query is pending, so the alert goes and the field shows it loading.
 * Nothing when the list has data (a failed background refetch keeps it, docs/conventions.md errors table).
 */
export function PickerLoadError({ title, query }: { title: string; query: UseQueryResult<unknown> }) {
  if (!query.isError || query.data !== undefined) return null;
  return (
    <QueryErrorAlert
      title={title}
      error={query.error}
      retrying={query.isFetching}
      onRetry={() => void query.refetch()}
    />
  );
}
