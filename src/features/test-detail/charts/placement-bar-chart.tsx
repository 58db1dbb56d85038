import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

export type PlacementBar = { label: string; Inbox: number; 'Category tab': number; Spam: number };

const SERIES = [
  { name: 'Inbox', color: 'teal.6' },
  { name: 'Category tab', color: 'blue.5' },
  { name: 'Spam', color: 'red.6' },
];

/** One horizontal bar per group, inbox / category / spam stacked to 100%. */
export function PlacementBarChart({ data }: { data: PlacementBar[] }) {
  return (
    <BarChart
      h={80 + data.length * 44}
      data={data}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      series={SERIES}
      withLegend
      accessibilityLayer={false}
      valueFormatter={(value) => `${Math.round(value)}%`}
      xAxisProps={{ domain: [0, 100] }}
      yAxisProps={{ width: 110 }}
      gridAxis="none"
    />
  );
}
