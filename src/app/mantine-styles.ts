/**
 * Mantine's CSS, per component, for the first route (ADR 010): the page frame, the tests list and
 * what every screen shares, instead of all 295 KB of `@mantine/core/styles.css`. The order is
 * Mantine's own (dependencies first). Base parts that later chunks build on (Popover, Combobox,
 * ModalBase, Overlay, ScrollArea, InlineInput…) are here too, so a chunk's CSS never lands before
 * what it overrides. Lazy screens import their extra components in their own `mantine-styles.ts`.
 * The browser journeys check that every Mantine class on screen has its styles (e2e/fixtures.ts).
 */
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Flex.css';
import '@mantine/core/styles/FloatingIndicator.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Burger.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Notification.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Title.css';
// With the first route's CSS although the toasts' code loads after it: a chunk's own stylesheet
// that fails to load (offline) would leave toasts unstyled, and CSS is not on the JS budget.
import '@mantine/notifications/styles.css';
// What Mantine's provider would render as style tags for our theme (ADR 025): after Mantine's
// default variables, which it overrides.
import './theme-stylesheet.css';
