import '@mantine/charts/styles.css';
import { LineChart, type LineChartProps } from '@mantine/charts';

/**
 * Shares over time in % of the received emails, on a 0–100 axis: a test's placement per run
 * (test detail) and a sender's landed share per seed provider (sender page). Drawn only: the
 * numbers are always in a table beside it, so recharts' own keyboard layer is off. Loaded in a
 * lazy chunk by its pages (@mantine/charts + recharts).
 */
export function PercentLineChart(props: Pick<LineChartProps, 'h' | 'data' | 'dataKey' | 'series' | 'referenceLines'>) {
  return (
    <LineChart
      withLegend
      accessibilityLayer={false}
      connectNulls
      curveType="linear"
      valueFormatter={(value) => `${Math.round(value)}%`}
      yAxisProps={{ domain: [0, 100], width: 48 }}
      // Room for the first and last dots, drawn whole at the plot's edges.
      xAxisProps={{ padding: { left: 12, right: 12 } }}
      {...props}
    />
  );
}
