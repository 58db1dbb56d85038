import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DrawnAtContext, useNow } from './use-now';

describe('useNow', () => {
  it('starts from the time the server drew the page, then moves to the real time', async () => {
    const drawnAt = Date.now() - 90_000;
    const renders: number[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DrawnAtContext.Provider value={drawnAt}>{children}</DrawnAtContext.Provider>
    );
    const { result } = renderHook(
      () => {
        const now = useNow();
        renders.push(now.getTime());
        return now;
      },
      { wrapper },
    );
    expect(renders[0]).toBe(drawnAt);
    await waitFor(() => expect(result.current.getTime()).toBeGreaterThanOrEqual(drawnAt + 90_000));
  });

  it('keeps a page drawn moments ago at its drawn time until the next refresh: no redraw right after the takeover', async () => {
    const drawnAt = Date.now() - 100;
    const renders: number[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DrawnAtContext.Provider value={drawnAt}>{children}</DrawnAtContext.Provider>
    );
    const { result } = renderHook(
      () => {
        const now = useNow(1_000);
        renders.push(now.getTime());
        return now;
      },
      { wrapper },
    );
    // Effects have run; still the drawn time, one render.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(new Set(renders)).toEqual(new Set([drawnAt]));
    // The next refresh brings the real time.
    await waitFor(() => expect(result.current.getTime()).toBeGreaterThanOrEqual(drawnAt + 1_000), { timeout: 5_000 });
  });

  it('starts from the real time when nothing was drawn', () => {
    const before = Date.now();
    const { result } = renderHook(() => useNow());
    expect(result.current.getTime()).toBeGreaterThanOrEqual(before);
  });
});
