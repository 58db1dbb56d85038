import { Anchor, type AnchorProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useSearchParams } from '../../../components/use-search-params';
import { scrollToSection, type SectionId } from './section-ids';

/**
 * A real link to a part of the results, with its filters in the query string and the section in
 * the hash (ADR 018): shareable, opens in a new tab with a modified click, and a plain click
 * pushes the address (Back undoes it), then scrolls to the section and moves focus there.
 */
export function SectionLink({
  section,
  params,
  children,
  label,
  ...anchorProps
}: AnchorProps & {
  section: SectionId;
  /** The query string to go to; the current one when left out. */
  params?: URLSearchParams;
  /** The accessible name, when the visible words need their context (a table cell's figure). */
  label?: string;
  children: ReactNode;
}) {
  const [current, setParams] = useSearchParams();
  const next = params ?? current;
  const query = next.toString();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (query !== current.toString()) setParams(next);
    scrollToSection(section);
  };
  return (
    <Anchor {...anchorProps} href={`?${query}#${section}`} onClick={onClick} aria-label={label}>
      {children}
    </Anchor>
  );
}
