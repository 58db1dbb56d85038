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

  it('starts from the real time when nothing was drawn', () => {
    const before = Date.now();
    const { result } = renderHook(() => useNow());
    expect(result.current.getTime()).toBeGreaterThanOrEqual(before);
  });
});
