import './mantine-styles';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppLayout } from './app-layout';
import { AppRoutes } from './app-routes';
import { prefetchTestsList } from '../features/tests-list/prefetch-tests-list';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';
import { applyWorkspace, readWorkspace } from './workspace-store';

export function App() {
  // A new client per workspace: nothing cached for one workspace is ever shown for another.
  const [queryClient, setQueryClient] = useState(() => {
    applyWorkspace(readWorkspace());
    const client = createQueryClient();
    prefetchTestsList(client, window.location);
    return client;
  });
  const switchWorkspace = (id: string) => {
    void queryClient.cancelQueries();
    queryClient.clear();
    applyWorkspace(id);
    setQueryClient(createQueryClient());
  };
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <Notifications position="bottom-right" limit={4} />
        <AppLayout onWorkspaceChange={switchWorkspace}>
          <AppRoutes />
        </AppLayout>
      </QueryClientProvider>
    </MantineProvider>
  );
}
