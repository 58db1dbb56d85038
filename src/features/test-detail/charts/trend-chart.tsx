import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';

export type TrendPoint = {
  date: string;
  Inbox: number | null;
  'Category tab': number | null;
  Spam: number | null;
};

const SERIES = [
  { name: 'Inbox', color: 'teal.6' },
  { name: 'Category tab', color: 'blue.5' },
  { name: 'Spam', color: 'red.6' },
];

/** Placement per run over time, in % of the received emails. */
export function TrendChart({ data }: { data: TrendPoint[] }) {
  return (
    <LineChart
      h={260}
      data={data}
      dataKey="date"
      series={SERIES}
      withLegend
      accessibilityLayer={false}
      connectNulls
      curveType="linear"
      valueFormatter={(value) => `${Math.round(value)}%`}
      yAxisProps={{ domain: [0, 100], width: 48 }}
    />
  );
}
