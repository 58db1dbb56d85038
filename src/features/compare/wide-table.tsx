import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region';

/** A compare table in the app's sideways scroller: first column pinned, "Scroll sideways" cue. */
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
    <ScrollRegion label={label} minWidth={minWidth}>
      <Table verticalSpacing={6} fz="sm">
        {children}
      </Table>
    </ScrollRegion>
  );
}
