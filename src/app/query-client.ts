import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { getErrorMessage } from '../api/errors';
import { retryDefaults } from '../api/retry-policy';

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      // Data-first: a failed background refetch keeps the data on screen and says so once.
      onError: (error, query) => {
        if (query.state.data === undefined) return;
        notifications.show({
          id: 'background-refetch-failed',
          color: 'yellow',
          title: 'Could not refresh',
          message: `Showing the last data we had. ${getErrorMessage(error)}`,
        });
      },
    }),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: { staleTime: 20_000, ...retryDefaults.queries },
      mutations: retryDefaults.mutations,
    },
  });
}
