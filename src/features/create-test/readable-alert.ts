/**
 * Mantine's light alerts colour the title with the alert colour, which misses WCAG AA contrast
 * for teal, orange and blue on their tinted background: titles use the text colour instead.
 */
export const READABLE_ALERT_STYLES = { title: { color: 'var(--mantine-color-text)' } } as const;
