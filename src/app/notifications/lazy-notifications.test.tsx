import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { theme } from '../theme';
import { fetchNotificationsHost, LazyNotifications } from './lazy-notifications';

afterEach(() => notifications.clean());

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

  it('mounts the container only when the first toast is raised, and keeps it after it closes', async () => {
    render(
      <MantineProvider theme={theme}>
        <LazyNotifications />
      </MantineProvider>,
    );
    await fetchNotificationsHost();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();

    act(() => void notifications.show({ id: 'saved', title: 'Saved', message: 'The view is in the sidebar.' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();

    act(() => notifications.clean());
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();
  });

  it('asks for the container once, however many times the start and the mount ask', async () => {
    const first = fetchNotificationsHost();
    expect(fetchNotificationsHost()).toBe(first);
    expect(typeof (await first).default).toBe('function');
  });
});
