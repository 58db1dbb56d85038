import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PlacementTest } from '../../api/placement-tests/schemas';
import type { ListActionsHandle } from './list-actions';
import { useListActions } from './use-list-actions';

const test = { id: 't1', name: 'Weekly Gmail check' } as PlacementTest;
const handle = () => ({ toggle: vi.fn(), remove: vi.fn() }) satisfies ListActionsHandle;

describe('useListActions', () => {
  it('a row action used before the actions are in runs exactly once when they mount', () => {
    const { result } = renderHook(() => useListActions());
    act(() => result.current.onToggleStatus(test));
    act(() => result.current.onDelete(test));

    const actions = handle();
    act(() => result.current.handleRef(actions));
    expect(actions.toggle).toHaveBeenCalledExactlyOnceWith(test);
    expect(actions.remove).toHaveBeenCalledExactlyOnceWith(test);
    // Remounting the actions does not replay what already ran.
    const again = handle();
    act(() => result.current.handleRef(again));
    expect(again.toggle).not.toHaveBeenCalled();
    // Once in, calls go straight through.
    act(() => result.current.onToggleStatus(test));
    expect(again.toggle).toHaveBeenCalledTimes(1);
  });
});
