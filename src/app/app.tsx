import './mantine-styles';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '../components/use-hydrated';
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
  /**
   * Called once the app is on screen and working, the server-drawn page's form controls included
   * (main.tsx ends the drawn page's wait, ADR 028).
   */
  onMounted?: () => void;
}

/**
 * Calls `onReady` in the commit that makes the taken-over controls usable: every `useHydrated`
 * turns true in the same transition, so their `inert` is gone by this effect. A leaf of its own,
 * so that transition does not render the whole app again.
 */
function WhenTakenOver({ onReady }: { onReady?: () => void }) {
  const hydrated = useHydrated();
  const ready = useRef(onReady);
  useEffect(() => {
    if (hydrated) ready.current?.();
  }, [hydrated]);
  return null;
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
  return (
    // The theme's variables and Mantine's global classes are a stylesheet (theme-stylesheet.css,
    // ADR 025), not style tags the provider computes in every page.
    <MantineProvider theme={theme} defaultColorScheme="auto" withCssVariables={false} withGlobalClasses={false}>
      <QueryClientProvider client={queryClient}>
        <LazyNotifications />
        <WhenTakenOver onReady={onMounted} />
        <AppLayout onWorkspaceChange={switchWorkspace} colorScheme={colorScheme}>
          <DrawnAtContext.Provider value={drawnAt ?? null}>
            <AppRoutes />
          </DrawnAtContext.Provider>
        </AppLayout>
      </QueryClientProvider>
    </MantineProvider>
  );
}
