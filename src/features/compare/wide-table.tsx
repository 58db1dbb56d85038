import { Box, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens; the scroller is a named, focusable region so
 * the keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function WideTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%', minWidth: 0 }}>
      <Table striped verticalSpacing={6} fz="sm" miw={minWidth}>
        {children}
      </Table>
    </Box>
  );
}
