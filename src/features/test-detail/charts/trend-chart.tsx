import { PercentLineChart } from '../../../components/percent-line-chart';

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
    <PercentLineChart
      h={260}
      data={data}
      dataKey="date"
      series={SERIES}
      referenceLines={markers.map((m) => ({ x: m.x, label: m.label, color: 'orange.6', labelPosition: 'insideTopRight' as const }))}
    />
  );
}
