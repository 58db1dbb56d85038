import { act } from '@testing-library/react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setTakingOver, useHydrated } from './use-hydrated';

function recorder() {
  const seen: boolean[] = [];
  function Sorts() {
    const hydrated = useHydrated();
    seen.push(hydrated);
    return <p>{hydrated ? 'with name sorts' : 'without name sorts'}</p>;
  }
  return { seen, Sorts };
}

afterEach(() => setTakingOver(false));

describe('useHydrated', () => {
  it('is false while a drawn page is taken over, so the takeover matches it, then true', async () => {
    const { seen, Sorts } = recorder();
    setTakingOver(true);
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Sorts />);
    expect(container.textContent).toBe('without name sorts');
    seen.length = 0;
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Sorts />, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(container.textContent).toBe('with name sorts');
  });

  it('is true from the first render for what mounts after the takeover (no second render)', async () => {
    const { seen, Sorts } = recorder();
    setTakingOver(false);
    const container = document.createElement('div');
    await act(async () => createRoot(container).render(<Sorts />));
    expect(seen).toEqual([true]);
    expect(container.textContent).toBe('with name sorts');
  });
});
