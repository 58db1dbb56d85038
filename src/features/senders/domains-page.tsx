import './mantine-styles';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { senderResultsQueries } from '../../api/sender-results/queries';
import { ResultsPage } from './results-page';
import { resultsParams } from './results-view';
import { useResultsView } from './use-results-view';
import { useSyncing } from './use-syncing';

export function DomainsPage() {
  useDocumentTitle('Domains · Inbox placement');
  const { view } = useResultsView();
  const query = useQuery(senderResultsQueries.domains(resultsParams(view), useSyncing()));
  return <ResultsPage kind="domains" query={query} />;
}
