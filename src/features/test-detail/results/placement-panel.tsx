import { Alert, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import type { AnalyticsRecord } from '../../../../core/contract/analytics';
import { formatCount } from '../../../lib/format';
import { PlacementChart } from '../charts/lazy-charts';
import { SectionCard } from '../section-card';
import { DIMENSION_LABELS, groupPlacement, type Dimension } from './placement-breakdown';
import { PlacementTable } from './placement-table';
import { MAX_RECORD_PAGES } from './use-window-queries';
import { NO_FILTER, withRecordsFilter } from './records-filter';
import { useSearchParams } from '../../../components/use-search-params';

/** Which records filter a row of each grouping sets. */
const FILTER_FIELD = { provider: 'esp', region: 'geo', type: 'type' } as const;

/** Where the emails landed per recipient provider, region or inbox type: chart and table. */
export function PlacementPanel({ records, truncated }: { records: AnalyticsRecord[]; truncated: boolean }) {
  const [dimension, setDimension] = useState<Dimension>('provider');
  const groups = groupPlacement(records, dimension);
  const [current] = useSearchParams();
  const chartData = groups
    .filter((g) => g.received > 0)
    .map((g) => ({
      label: g.label,
      Inbox: g.inboxPercent ?? 0,
      'Category tab': g.categoryPercent ?? 0,
      Spam: g.spamPercent ?? 0,
    }));
  return (
    <SectionCard
      id="placement"
      title="Placement by recipient"
      description="Share of the received emails per seed inbox group, worst first."
      actions={
        <SegmentedControl
          aria-label="Group by"
          size="xs"
          value={dimension}
          onChange={(value) => setDimension(value as Dimension)}
          data={(Object.keys(DIMENSION_LABELS) as Dimension[]).map((value) => ({
            value,
            label: DIMENSION_LABELS[value],
          }))}
        />
      }
    >
      {truncated && (
        <Alert color="yellow" variant="light">
          Computed from the newest {formatCount(MAX_RECORD_PAGES * 100)} records; pick a single run for exact
          figures.
        </Alert>
      )}
      {chartData.length > 0 ? (
        <PlacementChart data={chartData} />
      ) : (
        <Text size="sm">No emails received yet.</Text>
      )}
      <PlacementTable
        label={`Placement by ${DIMENSION_LABELS[dimension].toLowerCase()}`}
        groupHeader={DIMENSION_LABELS[dimension]}
        rows={groups}
        recordsOf={(row) =>
          withRecordsFilter(current, { ...NO_FILTER, [FILTER_FIELD[dimension]]: [String(row.key)] })
        }
      />
    </SectionCard>
  );
}
