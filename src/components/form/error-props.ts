/** Field errors are announced as they appear ("errors are announced", docs/conventions.md Forms). */
export const ERROR_PROPS = { role: 'alert' } as const;
