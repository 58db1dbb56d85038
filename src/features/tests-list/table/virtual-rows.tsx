import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';

export interface VirtualRowsProps {
  count: number;
  columns: number;
  /** Renders row `index`; it must put `rowRef` and `data-index={index}` on its <tr>. */
  renderRow: (index: number, rowRef: Ref<HTMLTableRowElement>) => ReactNode;
}

/** A typical row with a two-line cell; rows are measured after render anyway. */
const ESTIMATED_ROW_PX = 61;

/**
 * Only the rows near the viewport are in the DOM; spacer rows keep the scroll height. The page
 * (window) scrolls, not a box, so the table behaves like the unvirtualized one. Loaded on
 * demand (React.lazy) so @tanstack/react-virtual is not in the first route's bundle.
 */
export function VirtualRows({ count, columns, renderRow }: VirtualRowsProps) {
  const anchor = useRef<HTMLTableRowElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Where the rows start on the page; the toolbar above can change height (wrapping, alerts).
  useLayoutEffect(() => {
    const measure = () => {
      const top = (anchor.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((previous) => (Math.abs(previous - top) < 1 ? previous : top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <>
      <tr ref={anchor} aria-hidden style={{ height: before }}>
        <td colSpan={columns} style={{ padding: 0, border: 0 }} />
      </tr>
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      {after > 0 && (
        <tr aria-hidden style={{ height: after }}>
          <td colSpan={columns} style={{ padding: 0, border: 0 }} />
        </tr>
      )}
    </>
  );
}
