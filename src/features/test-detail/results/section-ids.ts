import { useEffect, useRef } from 'react';

/** The results' sections a link can point at (the hash of a SectionLink, ADR 018). */
export const SECTION_IDS = ['fix-first', 'change', 'placement', 'senders', 'authentication', 'blacklists', 'spam-assassin', 'records'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * Puts the section in the address's hash (without a history entry of its own), scrolls it into
 * view and focuses it, once the render the navigation caused is on screen.
 */
export function scrollToSection(section: SectionId): void {
  window.history.replaceState(window.history.state, '', `#${section}`);
  requestAnimationFrame(() => {
    const element = document.getElementById(section);
    if (!element) return;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  });
}

/** A link opened elsewhere or a reload: go to the hash's section once `ready` (its content is drawn), once. */
export function useScrollToHash(ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const hash = window.location.hash.slice(1);
    if ((SECTION_IDS as readonly string[]).includes(hash)) scrollToSection(hash as SectionId);
  }, [ready]);
}
