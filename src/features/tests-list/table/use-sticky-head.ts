import { useCallback } from 'react';

/**
 * Keeps the table's header row in view while the page scrolls past it. CSS `position: sticky`
 * cannot do it here: the table sits in a sideways scroller (the pinned columns, ADR 012), and a
 * scroller catches sticky children, so the header is moved down with a transform instead. It
 * sits under the app header, and under the bulk bar while that is stuck (`data-sticky-bar`).
 * Phones have cards and no header row to keep. Returns the table's ref (React 19 ref cleanup).
 */
export function useStickyHead() {
  return useCallback((table: HTMLTableElement | null) => {
    const head = table?.tHead;
    if (!table || !head || !window.matchMedia) return;
    const wide = window.matchMedia('(min-width: 48em)');
    let frame = 0;
    const place = () => {
      frame = 0;
      if (!wide.matches) return void head.style.removeProperty('transform');
      const appHeader = parseFloat(getComputedStyle(table).getPropertyValue('--layout-header-height')) || 56;
      const bar = document.querySelector<HTMLElement>('[data-sticky-bar]')?.getBoundingClientRect();
      const top = bar && bar.top <= appHeader + 1 ? bar.bottom : appHeader;
      const box = table.getBoundingClientRect();
      const shift = Math.max(0, Math.min(top - box.top, box.height - head.offsetHeight * 2));
      head.style.transform = shift > 0 ? `translateY(${shift}px)` : '';
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // The bar starts or stops sticking when a selection is made or cleared, which need not come
    // with a scroll: a selection rendered after the page moved left the header under the bar.
    const bar = new MutationObserver(schedule);
    bar.observe(document.body, { attributes: true, attributeFilter: ['data-sticky-bar'], subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      bar.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);
}
