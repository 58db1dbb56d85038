import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../theme';
import { fetchNotificationsHost, LazyNotifications } from './lazy-notifications';

// The browser's idle periods, fired by the test: jsdom has no requestIdleCallback.
let idle: (() => void)[] = [];
beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});
afterEach(() => {
  act(() => notifications.clean());
  cleanup();
  vi.unstubAllGlobals();
});

const container = () => document.querySelector('.mantine-Notifications-root');

async function renderSettled() {
  render(
    <MantineProvider theme={theme}>
      <LazyNotifications />
    </MantineProvider>,
  );
  await act(() => fetchNotificationsHost());
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('LazyNotifications', () => {
  it('shows a toast raised before its container loaded, with a named close button', async () => {
    notifications.show({ title: 'Paused “Weekly check”', message: 'It will not run until resumed.' });
    render(
      <MantineProvider theme={theme}>
        <LazyNotifications />
      </MantineProvider>,
    );
    const toast = (await screen.findByText('Paused “Weekly check”')).closest('[role="alert"]');
    expect(toast).not.toBeNull();
    expect(toast).toHaveTextContent('It will not run until resumed.');
    expect(within(toast as HTMLElement).getByRole('button', { name: 'Close notification' })).toBeInTheDocument();
  });

  it('does not mount the container during the start, and mounts it once the browser is idle', async () => {
    await renderSettled();
    expect(container()).toBeNull();

    await act(async () => idle.forEach((callback) => callback()));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container()).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('mounts the container at once for a toast raised before the browser is idle, and keeps it after it closes', async () => {
    await renderSettled();
    expect(container()).toBeNull();

    act(() => void notifications.show({ id: 'saved', title: 'Saved', message: 'The view is in the sidebar.' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(container()).not.toBeNull();

    act(() => notifications.clean());
    expect(container()).not.toBeNull();
  });

  it('asks for the container once, however many times the start and the mount ask', async () => {
    const first = fetchNotificationsHost();
    expect(fetchNotificationsHost()).toBe(first);
    expect(typeof (await first).default).toBe('function');
  });
});
