/** Field errors are announced as they appear ("errors are announced", STYLE.md Forms). */
export const ERROR_PROPS = { role: 'alert' } as const;
