import { QueryClient, QueryClientProvider, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { retryDefaults } from '../retry-policy';
import { startEmulatorApi } from '../../../testing/components/emulator-fetch';
import type { CursorPage } from '../../../core/contract/common';
import { useCreatePlacementTest, useDeletePlacementTest, useSetPlacementTestStatus } from './mutations';
import { placementTestKeys, placementTestQueries } from './queries';
import type { PlacementTest } from '../../../core/contract/placement-tests';

let api: ReturnType<typeof startEmulatorApi>;
let queryClient: QueryClient;
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
const listParams = { limit: 100, sort_order: 'desc' as const };
type ListData = InfiniteData<CursorPage<PlacementTest>>;

beforeEach(async () => {
  api = startEmulatorApi();
  queryClient = new QueryClient({ defaultOptions: retryDefaults });
  await queryClient.fetchInfiniteQuery(placementTestQueries.list(listParams));
});
afterEach(async () => {
  // Let invalidation refetches finish before the emulator's database closes.
  await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));
  queryClient.clear();
  api.close();
});

const cachedList = () => queryClient.getQueryData<ListData>(placementTestKeys.list(listParams))!.pages.flatMap((p) => p.items);
const cachedStatus = (id: string) => cachedList().find((t) => t.id === id)?.status;
const activeTests = () => cachedList().filter((t) => t.status === 1);
const posts = () => api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/inbox-placement-tests'));

const createBody = {
  name: 'Mutation test',
  type: 1 as const,
  sending_method: 1 as const,
  email_subject: 'Hello',
  email_body: 'Hi',
  emails: ['alex@acme-outbound.com'],
  recipients_labels: [{ region: 'North America', sub_region: 'US', type: 'Professional', esp: 'Google' }],
};

describe('create', () => {
  it('sends one POST only, even when the server fails with a 500', async () => {
    await api.control('faults', { errorRate: 1, methods: ['POST'] });
    const { result } = renderHook(() => useCreatePlacementTest(), { wrapper });
    act(() => result.current.mutate(createBody));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(posts()).toHaveLength(1);
  });

  it('shows the created test in the list without a manual refresh', async () => {
    // The list on screen is an observer of the list query; creating invalidates it.
    renderHook(() => useInfiniteQuery(placementTestQueries.list(listParams)), { wrapper });
    const { result } = renderHook(() => useCreatePlacementTest(), { wrapper });
    let created: PlacementTest | undefined;
    await act(async () => {
      created = await result.current.mutateAsync(createBody);
    });
    await waitFor(() => expect(cachedList().some((t) => t.id === created!.id)).toBe(true));
  });
});

describe('pause and resume', () => {
  it('flips the status at once, then keeps the server answer', async () => {
    const target = activeTests()[0]!;
    await api.control('faults', { latencyMs: 150 });
    const { result } = renderHook(() => useSetPlacementTestStatus(), { wrapper });
    act(() => result.current.mutate({ id: target.id, status: 2 }));
    await waitFor(() => expect(cachedStatus(target.id)).toBe(2));
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await api.control('faults');
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(cachedStatus(target.id)).toBe(2);
  });

  it('rolls back only the failed test when two toggles run at once', async () => {
    const [failing, passing] = activeTests();
    await api.control('faults', { errorRate: 1, methods: ['PATCH'], paths: failing!.id, latencyMs: 50 });
    const a = renderHook(() => useSetPlacementTestStatus(), { wrapper });
    const b = renderHook(() => useSetPlacementTestStatus(), { wrapper });
    act(() => {
      a.result.current.mutate({ id: failing!.id, status: 2 });
      b.result.current.mutate({ id: passing!.id, status: 2 });
    });
    await waitFor(() => expect(cachedStatus(failing!.id)).toBe(2));
    await waitFor(() => expect(a.result.current.isError).toBe(true));
    await waitFor(() => expect(b.result.current.isSuccess).toBe(true));
    await api.control('faults');
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(cachedStatus(failing!.id)).toBe(1);
    expect(cachedStatus(passing!.id)).toBe(2);
  });
});

describe('delete', () => {
  it('removes the test from the cached list once the server has deleted it', async () => {
    const target = cachedList()[0]!;
    const { result } = renderHook(() => useDeletePlacementTest(), { wrapper });
    await act(async () => {
      await result.current.mutateAsync(target.id);
    });
    expect(cachedList().some((t) => t.id === target.id)).toBe(false);
  });

  it('keeps the test when the server refuses', async () => {
    const target = cachedList()[0]!;
    await api.control('faults', { errorRate: 1, methods: ['DELETE'] });
    const { result } = renderHook(() => useDeletePlacementTest(), { wrapper });
    act(() => result.current.mutate(target.id));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(cachedList().some((t) => t.id === target.id)).toBe(true);
  });
});
