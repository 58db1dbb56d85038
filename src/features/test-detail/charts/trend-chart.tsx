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

/** A run where an automation rule fired: a vertical line at its axis label. */
export type TrendMarker = { x: string; label: string };

/** Placement per run over time, in % of the received emails. */
export function TrendChart({ data, markers = [] }: { data: TrendPoint[]; markers?: TrendMarker[] }) {
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
      referenceLines={markers.map((m) => ({ x: m.x, label: m.label, color: 'orange.6', labelPosition: 'insideTopRight' as const }))}
    />
  );
}
