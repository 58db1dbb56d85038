import './mantine-styles';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { DrawnAtContext } from '../components/use-now';
import { AppLayout } from './app-layout';
import { AppRoutes } from './app-routes';
import { LazyNotifications } from './notifications/lazy-notifications';
import { createQueryClient } from './query-client';
import { theme } from './theme';
import { applyWorkspace } from './workspace-store';

export interface AppProps {
  /** May hold the first page already (main.tsx, entry-server.tsx). */
  initialQueryClient: QueryClient;
  /**
   * The scheme the browser used last (its cookie), for the first render only: the server and the
   * browser's hydration must draw the header's toggle alike (ADR 011).
   */
  colorScheme?: 'light' | 'dark';
  /** When the server drew the page being taken over (`useNow`'s first render uses it). */
  drawnAt?: number;
  /** Called once the app is on screen and working (main.tsx ends the server-drawn page's wait). */
  onMounted?: () => void;
}

export function App({ initialQueryClient, colorScheme = 'light', drawnAt, onMounted }: AppProps) {
  // A new client per workspace: nothing cached for one workspace is ever shown for another.
  const [queryClient, setQueryClient] = useState(initialQueryClient);
  const switchWorkspace = (id: string) => {
    void queryClient.cancelQueries();
    queryClient.clear();
    applyWorkspace(id);
    setQueryClient(createQueryClient());
  };
  const mounted = useRef(onMounted);
  useEffect(() => mounted.current?.(), []);
  return (
    // The theme's variables and Mantine's global classes are a stylesheet (theme-stylesheet.css,
    // ADR 025), not style tags the provider computes in every page.
    <MantineProvider theme={theme} defaultColorScheme="auto" withCssVariables={false} withGlobalClasses={false}>
      <QueryClientProvider client={queryClient}>
        <LazyNotifications />
        <AppLayout onWorkspaceChange={switchWorkspace} colorScheme={colorScheme}>
          <DrawnAtContext.Provider value={drawnAt ?? null}>
            <AppRoutes />
          </DrawnAtContext.Provider>
        </AppLayout>
      </QueryClientProvider>
    </MantineProvider>
  );
}
