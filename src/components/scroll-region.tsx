import { Box } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import classes from './scroll-region.module.css';

/**
 * A wide table that scrolls sideways on narrow screens (phones, at times laptops). The scroller
 * is a named, focusable region so keyboard users can scroll it too (axe:
 * scrollable-region-focusable). Its first column (the sender, domain or time each row is about)
 * stays pinned while the rest scrolls, and while columns hide to the right a fade and a visible
 * "Scroll sideways for more" say so: on a 390 px phone the first column was all one saw.
 */
export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<{ left: boolean; right: boolean }>({ left: false, right: false });
  useEffect(() => {
    const scroller = ref.current;
    if (!scroller) return;
    const update = () => {
      const rest = scroller.scrollWidth - scroller.clientWidth - scroller.scrollLeft;
      const next = { left: scroller.scrollLeft > 1, right: rest > 1 };
      setHidden((prev) => (prev.left === next.left && prev.right === next.right ? prev : next));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, []);
  return (
    <div>
      {/* Above the table, where the eye starts: a tall table's foot is far away on a phone. */}
      {(hidden.right || hidden.left) && (
        <p className={classes.cue}>
          {hidden.right ? 'Scroll sideways for more →' : '← Scroll back for the first columns'}
        </p>
      )}
      <div
        className={classes.frame}
        data-more-right={hidden.right || undefined}
        data-more-left={hidden.left || undefined}
      >
        <Box ref={ref} role="region" aria-label={label} tabIndex={0} className={classes.scroller}>
          <div className={classes.content} style={{ minWidth }}>
            {children}
          </div>
        </Box>
      </div>
    </div>
  );
}
