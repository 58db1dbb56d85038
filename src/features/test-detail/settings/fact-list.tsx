import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

/** Label/value pairs as a description list: two columns when there is room, stacked at 390 px. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
        gap: 'var(--mantine-spacing-sm) var(--mantine-spacing-lg)',
      }}
    >
      {facts.map((fact) => (
        <div key={fact.label} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
            {fact.label}
          </Text>
          <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Text>
        </div>
      ))}
    </Box>
  );
}
