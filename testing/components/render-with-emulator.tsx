import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach } from 'vitest';
import type { CreatePlacementTestBody } from '../../core/contract/placement-test-requests';
import type { PlacementTest } from '../../core/contract/placement-tests';
import { startEmulatorApi } from './emulator-fetch';

export type EmulatorApi = ReturnType<typeof startEmulatorApi>;

// Real requests through the emulator (SQLite, injected latency) can take seconds on a busy 2-core
// CI machine; findBy*/waitFor wait up to this long, they do not assert on it. Vitest's own
// timeout (vitest.config.ts) sits well above it, so a wait that gives up names what it waited for.
configure({ asyncUtilTimeout: 10_000 });

export interface RenderWithEmulatorOptions {
  /** Start address, with its search string: `/tests?status=paused`. */
  path?: string;
  /** Keep the emulator's demo workspace; by default the store starts empty. */
  demoData?: boolean;
  /** The client to render with (the app's own, say); by default a fresh one without retries. */
  queryClient?: QueryClient;
}

export interface EmulatorRender extends RenderResult {
  api: EmulatorApi;
  queryClient: QueryClient;
  /** Addresses visited, newest last (wouter's memory location). */
  history: string[];
}

/**
 * Start the real server app on an in-memory emulator (`startEmulatorApi`, the same wiring as
 * `npm start`) with `request()` routed into it; call `close()` from `closeEmulator` after the
 * test. Use `seedTests` before `renderWithEmulator` to have rows on the first render.
 */
export async function startEmulator({ demoData = false }: { demoData?: boolean } = {}): Promise<EmulatorApi> {
  const api = startEmulatorApi();
  if (!demoData) await api.control('reset', { seed: false });
  return api;
}

/**
 * The setup every component test file shares: a fresh emulator before each test (empty unless
 * `demoData`), handed to `use`, and closed after it with any toasts it left.
 *
 *   let api: EmulatorApi;
 *   emulatorPerTest({ demoData: true }, (started) => (api = started));
 */
export function emulatorPerTest(options: { demoData?: boolean }, use: (api: EmulatorApi) => void) {
  let current: EmulatorApi | undefined;
  beforeEach(async () => {
    current = await startEmulator(options);
    use(current);
  });
  afterEach(() => closeEmulator(current));
}

/** Render `ui` as the app does (Mantine in test mode, a fresh QueryClient, wouter) on `api`. */
export function renderWithEmulator(
  ui: ReactElement,
  api: EmulatorApi,
  {
    path = '/',
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  }: RenderWithEmulatorOptions = {},
): EmulatorRender {
  const location = memoryLocation({ path, record: true });
  const result = render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        <Notifications />
        <Router hook={location.hook} searchHook={location.searchHook}>
          {ui}
        </Router>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, api, queryClient, history: location.history };
}

export function closeEmulator(api: EmulatorApi | undefined) {
  notifications.clean();
  api?.close();
}

let counter = 0;

/** Create a test through /api/v2 as the browser would; `status: 2 | 3` is applied by PATCH after. */
export async function createTestVia(
  api: EmulatorApi,
  overrides: Partial<CreatePlacementTestBody> & { status?: 1 | 2 | 3 } = {},
): Promise<PlacementTest> {
  const { status, ...rest } = overrides;
  counter += 1;
  const body: CreatePlacementTestBody = {
    name: `Component test ${counter}`,
    type: 1,
    sending_method: 1,
    email_subject: 'Quarterly check-in',
    email_body: '<p>Hi there</p>',
    emails: ['alex@acme-outbound.com'],
    recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
    ...rest,
  };
  const call = async (url: string, method: string, payload: unknown) => {
    const res = await api.fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as PlacementTest;
  };
  const created = await call('/api/v2/inbox-placement-tests', 'POST', body);
  return status && status !== 1
    ? call(`/api/v2/inbox-placement-tests/${created.id}`, 'PATCH', { status })
    : created;
}
