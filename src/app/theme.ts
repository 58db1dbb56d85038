import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 6 (Mantine's default) gives white-on-blue buttons and blue links 3.6:1 contrast;
  // WCAG AA needs 4.5:1 for text, and blue 8 has 4.9:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // Mantine's toast close button has no accessible name, and its message under a title is gray 6.
    // A plain entry, not `Notification.extend`: that would bring the component into the first
    // route, while toasts load later (src/app/notifications/lazy-notifications.tsx).
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});

/** "Dimmed" text and errors at AA contrast: Mantine's gray 6 / dark 2 are about 3.3:1 / 4.2:1 on the page. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Field errors too: Mantine's red 6 is 3.6:1 on white, red 8 is 5.6:1.
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
