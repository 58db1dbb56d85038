/** The colours of a change's verdict (core/rules/placement-change.ts), on the result page and in the tests list. */
export const TONE_COLOR = {
  // Teal 9 (5.0:1) and red 9 (5.4:1) on white, teal 4 / red 4 on dark: AA for small text in both
  // schemes (green 9 is only 4.3:1 on white).
  better: 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))',
  worse: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))',
} as const;
