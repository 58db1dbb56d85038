import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureHttp } from '../../../api/http';
import type { PlacementTest } from '../../../../core/contract/placement-tests';
import {
  closeEmulator,
  createTestVia,
  startEmulator,
  type EmulatorApi,
} from '../../../../testing/components/render-with-emulator';
import { useBulkActions, type BulkOutcome } from './use-bulk-actions';

/**
 * Bulk pacing as the server sees it (issue 20): the server holds every DELETE until the test lets
 * it answer, so what has arrived and not been answered is exactly what the tab has in flight. The
 * tab's timers and clock are fake, so "50 ms later" is a step of the test, not a race with the
 * machine. The figures are the product's (ADR 007: 4 at a time, at most 20 starts a second),
 * written out here rather than imported, so a changed constant fails.
 */
let api: EmulatorApi;
let arrived: { id: string; at: number }[];
let answer: (() => void)[];
let answered = 0;
beforeEach(async () => {
  api = await startEmulator();
  arrived = [];
  answer = [];
  answered = 0;
});
afterEach(() => {
  vi.useRealTimers();
  closeEmulator(api);
});

/** The server: records each DELETE when it arrives and answers it when the test says so. */
function holdDeletes() {
  configureHttp({
    fetch: async (input, init) => {
      if (init?.method !== 'DELETE') return api.fetch(input, init);
      arrived.push({ id: String(input).split('/').pop() ?? '', at: Date.now() });
      await new Promise<void>((resolve) => answer.push(resolve));
      return api.fetch(input, init);
    },
  });
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const unanswered = () => arrived.length - answered;

function renderBulk() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useBulkActions(), { wrapper }).result;
}

describe('bulk delete pacing, as the server sees it', () => {
  it('starts at most one call per 50 ms and never has more than 4 unanswered', async () => {
    const tests: PlacementTest[] = [];
    for (let i = 1; i <= 6; i++) tests.push(await createTestVia(api, { name: `Paced ${i}` }));
    const bulk = renderBulk();
    holdDeletes();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

    let outcome: BulkOutcome | undefined;
    act(() => {
      void bulk.current.run('delete', tests).then((o) => (outcome = o));
    });
    await advance(0);
    expect(arrived).toHaveLength(1);
    const first = arrived[0]!.at;
    // The next start waits 50 ms from the last one, whatever the answers do meanwhile.
    await advance(49);
    expect(arrived).toHaveLength(1);
    await advance(1);
    expect(arrived).toHaveLength(2);
    await advance(100);
    expect(arrived.map((a) => a.at - first)).toEqual([0, 50, 100, 150]);

    // Four unanswered: however long the server takes, no fifth call starts.
    await advance(5_000);
    expect(unanswered()).toBe(4);
    // One answer frees one lane: exactly one more call.
    answer[0]!();
    answered += 1;
    await advance(0);
    expect(arrived).toHaveLength(5);
    expect(unanswered()).toBe(4);

    // Let everything through: each test was asked for once, in the selection's order.
    while (answered < arrived.length || arrived.length < tests.length) {
      answer.slice(answered).forEach((go) => go());
      answered = answer.length;
      await advance(50);
    }
    await advance(0);
    expect(arrived.map((a) => a.id)).toEqual(tests.map((t) => t.id));
    expect(outcome?.done.map((t) => t.id)).toEqual(tests.map((t) => t.id));
    expect(outcome?.failed).toEqual([]);
  });
});
