import { useId as useReactId } from 'react';

/**
 * Takes the place of `@mantine/hooks`' `useId` in the browser's build (scripts/mantine-swaps.ts, ADR 024).
 * Mantine's own starts from React's id and, in a layout effect after mounting, swaps it for a
 * random one: every input, label and popover on a page renders a second time, synchronously,
 * inside the commit that takes the server's page over, and its ids stop matching the server's.
 * React's id is the same on the server and in the browser, so it is kept: same ids, one render.
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/:/g, '')}`;
}
