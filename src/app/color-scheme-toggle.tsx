import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useEffect } from 'react';
import { COOKIES, writeCookie } from '../../core/rules/cookies';

/**
 * Follows the system until the user picks; the pick is remembered (Mantine's local storage). The
 * scheme in use is also kept in a cookie, so the page the server draws next time is in it.
 */
export function ColorSchemeToggle({ initial }: { initial: 'light' | 'dark' }) {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme(initial, { getInitialValueInEffect: true });
  const next = computed === 'dark' ? 'light' : 'dark';
  useEffect(() => writeCookie(COOKIES.colorScheme, computed), [computed]);
  return (
    <ActionIcon
      variant="default"
      size="lg"
      onClick={() => setColorScheme(next)}
      aria-label={`Switch to ${next} mode`}
      title={`Switch to ${next} mode`}
    >
      {computed === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
    </ActionIcon>
  );
}
