import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * Charts (@mantine/charts + recharts, ~140 KB gzip) load in their own chunk when one is first
 * shown; the page paints without them. The numbers are always in a table next to the chart,
 * so the drawing itself is hidden from screen readers.
 */
const LazyPlacementBarChart = lazy(async () => ({
  default: (await import('./placement-bar-chart')).PlacementBarChart,
}));
const LazyTrendChart = lazy(async () => ({ default: (await import('./trend-chart')).TrendChart }));

export function PlacementChart(props: ComponentProps<typeof LazyPlacementBarChart>) {
  return (
    <div aria-hidden>
      <Suspense fallback={<Skeleton h={80 + props.data.length * 44} />}>
        <LazyPlacementBarChart {...props} />
      </Suspense>
    </div>
  );
}

export function TrendLineChart(props: ComponentProps<typeof LazyTrendChart>) {
  return (
    <div aria-hidden>
      <Suspense fallback={<Skeleton h={260} />}>
        <LazyTrendChart {...props} />
      </Suspense>
    </div>
  );
}
