import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Toasts } from './toasts';

afterEach(() => act(() => notifications.clean()));

describe('Toasts', () => {
  it('draws nothing until the first toast, then shows it (and the ones after it)', async () => {
    const { baseElement } = render(
      <MantineProvider env="test">
        <Toasts />
      </MantineProvider>,
    );
    expect(baseElement.querySelector('.mantine-Notifications-root')).toBeNull();

    act(() => void notifications.show({ title: 'Paused “Weekly check”', message: 'It will not run until you resume it.' }));
    expect(await screen.findByText('Paused “Weekly check”')).toBeInTheDocument();
    expect(baseElement.querySelector('.mantine-Notifications-root')).not.toBeNull();
    act(() => void notifications.show({ message: 'Deleted 3 tests.' }));
    expect(await screen.findByText('Deleted 3 tests.')).toBeInTheDocument();
  });
});
